"""A sixth pool of varied distillation prompts: explanations, advice, and summaries of long pasted
passages.

After the fifth pool (``training/varied_fifth.py``) general questions had risen to 1.71 tokens/step
at k = 4 (the issue asks 1.8) and summaries were the weakest unseen domain (1.60): the fifth pool
had few summaries, most of short pastes. This pool keeps the general questions the largest part
(200 that want an explanation, on subjects the fifth pool left out: places, space, weather, the
technology people use, money, the mind, the arts, words, sport, law; 170 that want advice, a
recommendation or a comparison, a third with the asker's situation first), and brings 80
summaries, 70 of them of a pasted passage of 180-250 words (news, announcements, minutes,
reviews, tickets, abstracts, listings, terms, chat logs, letters, fables, transcripts) asked for
in many ways (TL;DR, key points, action items, deadlines, for a child). Writing requests for real
situations with names and dates, and a new set of code, how-to, list, math and chat prompts,
follow.

Its ids start ``vu-``, so the answers distilled for the earlier pools stay valid. Every prompt was
scanned for exact and near (word-overlap) matches with the earlier pools and the held-out set
(``data/heldout-varied.jsonl``); ``training/tests/test_recipes.py`` checks that none is shared.

    python -m training.varied_sixth   # writes training/data/prompts-varied-sixth-train.jsonl
"""
from __future__ import annotations

import os
import random
import sys

from .varied import HERE, free_form, main, word_problems

DEFAULT_OUT = os.path.join(HERE, "data", "prompts-varied-sixth-train.jsonl")

# Questions that want an explanation (why, how, what is the difference), then questions that want advice,
# a recommendation or a judgement.
GENERAL = [
    "What's the reason the Dead Sea is so salty that people just float in it?",
    "Can you explain why Iceland has so many geysers and hot springs?",
    ("I've always wondered why the Nile flows north when most rivers seem to flow south on maps. Is the "
     "direction just random?"),
    ("We're driving through Utah next month and my son wants to know how the stone arches in Arches National "
     "Park formed. Can you explain it so a 12-year-old gets it?"),
    "why is greenland so huge on maps when its actually way smaller than africa",
    ("My family is camping on Lake Superior this summer and my kids can't believe a lake can look like an ocean "
     "with no far shore in sight. How did the Great Lakes form in the first place? Something I can retell around "
     "the campfire would be perfect."),
    "Explain what a fjord is and how glaciers carved them, in one paragraph.",
    "What actually happens at a continental divide, and why does rain on one side end up in a different ocean?",
    "Why does Chile have such a long, skinny shape?",
    ("I just moved to the Netherlands and my colleagues keep mentioning polders. What are they, and how does the "
     "country keep the sea out when so much of it is below sea level?"),
    "How do coral atolls end up as rings of islands with a lagoon in the middle?",
    "why is the atacama desert so dry lol, its right next to the pacific",
    "Is it true that Mount Everest is still getting taller, and why?",
    ("My geography teacher said the Mediterranean once dried up completely. How could a whole sea disappear, and "
     "how did it fill back up?"),
    "Why does the Moon always show the same face to Earth?",
    "Can you explain what a light-year is and why astronomers use it instead of miles?",
    ("My niece asked me why Pluto isn't a planet anymore and I fumbled the answer. What was the actual reasoning "
     "behind the decision?"),
    "how do astronauts not drift off into space during spacewalks from the iss",
    "What happens to a star like the Sun when it runs out of fuel?",
    ("Explain how scientists figure out what an exoplanet's atmosphere is made of when they can't even see the "
     "planet directly."),
    "How do astronomers measure how far away a distant galaxy is? Briefly please.",
    "Why are Saturn's rings so flat and thin compared to how wide they are?",
    ("I saw a total solar eclipse last year and people said I might never see another one from home. Why are "
     "they so rare in any one place?"),
    "Why is Venus hotter than Mercury even though Mercury is closer to the Sun?",
    "what actually is a black hole, like in simple terms",
    "How do probes like Voyager still send signals back from so far away with such weak transmitters?",
    "Why do we have leap years, and what would happen over time if we skipped them? In simple terms.",
    ("We drove up to northern Norway hoping to see the aurora, and it was mostly green with a bit of red. What "
     "causes the northern lights and why those colours?"),
    "Why does it get colder the higher you climb a mountain, even though you're closer to the Sun?",
    "Explain why San Francisco gets thick fog rolling in on summer afternoons while it's sunny just inland.",
    "How do hailstones get as big as golf balls before they fall?",
    ("I moved from Florida to Seattle and it drizzles constantly here but rarely pours like back home. What "
     "makes the rain so different in the two places?"),
    "what is el nino and why does it mess up weather all over the world",
    "Why does thunder sometimes rumble on for ages and other times just crack once?",
    "Can you explain what a forecast of '40% chance of rain' actually means? Forty percent of what?",
    "Why do deserts get so cold at night?",
    "What is the jet stream and why does it matter for the weather where I live? In three bullet points.",
    ("My flight was held on the ground because of 'wind shear' and the pilot didn't explain. What is it, and why "
     "is it dangerous for planes?"),
    "How does the ocean absorb carbon dioxide, and why does that make seawater more acidic?",
    "Why are British summers so mild when London is further north than New York, which gets sweltering heat?",
    "What's a rain shadow? Explain with an example.",
    ("We had freezing rain last night and the whole street turned to glass. How is that different from sleet or "
     "snow?"),
    "How do migrating birds know which way to fly?",
    "Why do cats purr, and is it really only when they're happy?",
    ("I noticed my houseplant leans toward the window every few days, so I keep turning it. How do plants sense "
     "where the light is coming from?"),
    "why do octopuses have three hearts",
    "What's the reason oak trees drop their leaves in winter but pines keep their needles?",
    "Can you explain how bees turn nectar into honey, step by step?",
    "How do chameleons change colour, and is it actually for camouflage?",
    "Explain like I'm 10 what happens to a caterpillar inside its chrysalis.",
    "Why don't woodpeckers get concussions from hammering trees all day?",
    "My dog tilts her head every time I talk to her in a squeaky voice. Is there a known reason dogs do that?",
    "How does a Venus flytrap know when to snap shut?",
    "whats the difference between a frog and a toad tbh i always mix them up",
    "Why can axolotls regrow whole limbs when humans can't even regrow a fingertip?",
    "How do giant redwoods get water all the way up to leaves more than 100 metres high?",
    ("My phone finds my location even when I'm hiking with zero mobile signal. How does GPS work without any "
     "internet?"),
    "Why does my phone battery die so much faster when it's freezing outside?",
    "Can you explain how a QR code stores information in all those little black squares?",
    "my wifi drops out in the kitchen whenever the microwave is running. why does that happen",
    ("What actually happens behind the scenes when I tap my credit card on a payment terminal? How does it get "
     "approved in about a second?"),
    "How do streaming services like Netflix switch video quality in the middle of a show without stopping?",
    "Explain how a search engine decides which pages to show first, in simple terms.",
    "How does a microwave oven heat food, and why does it leave cold spots in the middle?",
    ("I keep reading that you shouldn't charge your phone to 100% every night. What's actually happening inside "
     "the battery that makes that a problem?"),
    "What's the difference between RAM and storage on a laptop?",
    ("I wore noise-cancelling headphones on a long flight and the engine roar basically vanished. How do they "
     "cancel sound?"),
    "how does face id tell the difference between my actual face and a photo of me",
    "What happens between typing a website address into a browser and the page appearing? Keep it brief.",
    "How does a phone touchscreen know where my finger is, and why doesn't it work with gloves on?",
    "Why does inflation happen, and why do central banks aim for about 2% instead of zero?",
    ("We just took out our first mortgage and the statement shows almost all of our payment going to interest. "
     "Can you explain how a mortgage works and why it's front-loaded like that?"),
    ("I'm going to Japan next month and the yen is much weaker than it was a few years ago. What actually makes "
     "exchange rates go up and down?"),
    "what does it mean when the central bank raises interest rates and why does my credit card rate go up too",
    ("I'm 24, I've never had a loan, and I just got rejected for a car loan because I have 'no credit history'. "
     "How do credit scores actually get calculated, and why does having no debt count against me?"),
    "What's the difference between a recession and a depression?",
    "Why can't a government just print more money to make everyone richer? Explain like I'm 10.",
    "How does compound interest work? Show me with an example.",
    ("My dad insists buying a house always beats renting. What's the economic reasoning behind the idea that "
     "renting can sometimes come out ahead?"),
    "Why do so many prices in shops end in .99?",
    "What is a stock buyback and why do companies do them?",
    "how do banks even make money if they pay me interest on my savings",
    ("I swear my favourite chocolate bar got smaller but costs the same. What is shrinkflation, and why do "
     "companies do it instead of just raising prices?"),
    "Why do I procrastinate even on things I actually want to do?",
    "How long does it really take to form a habit, and where did the '21 days' idea come from?",
    "Can you explain why dreams fade so fast after waking up?",
    "Every time I walk into a room I forget why I went in there. Is there an actual reason this happens?",
    "what is deja vu and why does it feel so weird",
    "Why do songs get stuck in your head, and why is it usually just one short bit?",
    "Explain the sunk cost fallacy with an everyday example.",
    "How does memory actually work? Is each memory stored in one particular spot in the brain?",
    ("I'm a teacher and keep hearing about the 'spacing effect'. What is it, and why does spreading study "
     "sessions out beat cramming?"),
    "Why do people yawn when they see someone else yawn? Answer in one paragraph.",
    "My wife says I'm an introvert but I'm not shy at all. What's the difference between introversion and shyness?",
    "Why does time seem to speed up as you get older?",
    "in simple terms what is cognitive dissonance",
    "Why do minor chords sound sad to most people?",
    "How did artists in the Renaissance figure out how to draw in perspective?",
    "Can you explain what makes a sonnet a sonnet?",
    "I just watched Vertigo and my friend kept raving about the 'dolly zoom'. What is it, and how do they film it?",
    "why do really old silent movies look so sped up and jerky",
    "What's the difference between Impressionism and Expressionism in painting?",
    "How does Auto-Tune actually change the pitch of someone's voice?",
    "Explain why Shakespeare's plays switch between verse and prose.",
    ("I went to my first classical concert last night and before anything started the whole orchestra played one "
     "long note together. Apparently it's an A. Why do orchestras tune like that, and why that particular note?"),
    "What is a leitmotif, and how do film composers like John Williams use it? Give an example.",
    ("My book club is reading Ulysses and we're completely lost. What is stream of consciousness, and why did "
     "Joyce write that way?"),
    "how did vinyl records store music before digital was a thing",
    "What made the Mona Lisa so famous? Was it always considered a masterpiece?",
    "How did the fork become a normal eating utensil in Europe?",
    "Why do we shake hands when we meet people, and where did the custom come from?",
    "Can you explain how time zones came about? Was it really because of the railways?",
    ("My grandmother still calls the fridge the 'icebox'. How did people keep food cold before electric "
     "refrigerators?"),
    "why are keyboards laid out qwerty and not in alphabetical order",
    "How did the Black Death change wages and work for ordinary people in medieval Europe?",
    "What did people use before toilet paper, and how did it become standard?",
    "Why do men's and women's shirts button on opposite sides?",
    "How did the printing press change Europe so dramatically? In three bullet points.",
    ("We visited the Titanic museum in Belfast and I came away confused. Why did a ship called unsinkable go "
     "down in under three hours?"),
    "How did the weekend end up being two days long? Give me the short version in three bullet points.",
    "what caused the dust bowl in the 1930s",
    "Explain how the standard shipping container came about and why it mattered so much for world trade.",
    "Why does English spelling make so little sense compared to Spanish?",
    "Why do so many English words for meat, like 'beef' and 'pork', come from French while the animal names don't?",
    "Can you explain where the word 'OK' came from?",
    "My kid asked why 'colonel' is pronounced like 'kernel' and I had nothing. What's the story there?",
    "why do british and american english spell words differently like colour and color",
    ("How do linguists work out what long-dead languages like Proto-Indo-European sounded like when nobody wrote "
     "them down?"),
    "How do babies learn to talk when nobody actually teaches them grammar rules?",
    ("I've been learning German for six months and I still can't remember whether a table is masculine or "
     "feminine. Why do some languages give nouns a gender at all, and why did English drop it?"),
    "Explain what a pidgin and a creole are, briefly.",
    "Why is 'I' always capitalised in English when 'me' isn't?",
    "Is it true that Inuit languages have hundreds of words for snow, and why do people keep saying that?",
    ("I'm learning Japanese and it uses three different writing systems at once. How did it end up with "
     "hiragana, katakana and kanji all mixed together?"),
    ("My teenager says something is 'literally' happening when it clearly isn't. How did 'literally' come to "
     "mean 'figuratively' too?"),
    "Can you explain the offside rule in football in simple terms?",
    "Why do marathon runners 'hit the wall' around mile 20?",
    "How does a tiebreak work in tennis, and why was it introduced?",
    ("I started lifting weights last week and my legs were way more sore two days later than the day after. What "
     "causes delayed muscle soreness?"),
    "why do cyclists in the tour de france ride in one tight bunch",
    "What's the reason athletes go and train at high altitude?",
    "How does a curveball actually curve in baseball? Explain the physics like I'm 10.",
    "Explain how scoring works in cricket like I'm 10.",
    "Why do sprinters have such different builds from long-distance runners?",
    "What's the difference between rugby union and rugby league?",
    ("My friends and I argue about VAR every weekend. How does it actually work in football, and why is it so "
     "controversial?"),
    "why do swimmers shave their whole bodies before big races",
    "What actually happens in your muscles when you get a cramp?",
    "How can a plane as heavy as an Airbus A380 actually stay in the air?",
    "Why don't long suspension bridges get torn apart in strong winds?",
    ("I've only ever driven manual cars and just bought my first automatic. Can you explain how an automatic "
     "gearbox knows when to change gear without me pressing anything, and what's happening inside when it does?"),
    ("I rode a Shinkansen in Japan and it barely shook at 300 km/h. How do high-speed railways keep the ride so "
     "smooth?"),
    "how do traffic lights know when a car is waiting at the intersection",
    "What's the difference between a regular hybrid car and a plug-in hybrid?",
    "How do canal locks lift boats up and down a hill?",
    "Why are skyscrapers designed to sway in the wind instead of staying perfectly rigid?",
    "I'm a bit claustrophobic and always worry in lifts. What stops an elevator from falling if the cable snaps?",
    "How does regenerative braking in electric cars work? In one paragraph.",
    "Why are roads built with a slight hump so the middle is higher than the edges?",
    "how do tunnel boring machines dig under rivers without the tunnel flooding",
    "Why do airliners cruise at around 35,000 feet instead of lower down?",
    "How do vaccines teach the immune system to recognise a virus it hasn't met yet?",
    "Why don't antibiotics do anything for a common cold?",
    "Can you explain what's happening in the body during a fever and why it happens?",
    ("My doctor said my cholesterol is a bit high. What is cholesterol actually, and why does the body make it "
     "in the first place?"),
    "how does general anesthesia actually knock you out",
    "How does the body know when it's had enough to eat? Explain the hormones involved in simple terms.",
    "Why does your nose run when you go out in the cold?",
    "When I take ibuprofen for a headache, how does it know to go to my head and not somewhere else?",
    "Explain how an MRI machine takes pictures inside the body, in simple terms.",
    "Why do we get goosebumps, and did they ever serve a purpose?",
    ("My GP refused to give me antibiotics for a chest infection and said it was probably viral anyway and "
     "overuse causes resistance. What exactly is antibiotic resistance, and why do doctors worry about it so "
     "much?"),
    ("I donated blood yesterday and they said I'd be back to normal in a few weeks. How does the body replace "
     "the blood that quickly?"),
    "Why does caffeine keep you awake, and why does it stop working as well if you drink it every day?",
    "Why does bread go stale, and why does toasting it bring it back a bit?",
    "What's the Maillard reaction and why does it make a seared steak taste so good?",
    "Can you explain why people salt pasta water? Does it really make it boil faster?",
    ("I tried making mayonnaise by hand and it split into a greasy mess. What's going on chemically when an "
     "emulsion breaks?"),
    "why does a cast iron pan need seasoning and what even is seasoning",
    "How does yeast make bread dough rise?",
    "What's the science behind cold butter making flakier pastry?",
    "Why does ice cream made with liquid nitrogen come out so smooth?",
    "How does a popcorn kernel actually pop? Explain with the science, briefly.",
    "Explain why meat should rest after cooking, briefly.",
    ("There's a white chalky coating on a chocolate bar that's been in my cupboard for months. What is it, and "
     "is the chocolate still fine?"),
    "how does a sourdough starter work and why do ppl give theirs names lol",
    "Why do chillies feel hot in your mouth, and why doesn't drinking water help?",
    "How does the US Electoral College work, and why was it set up that way?",
    "What's the difference between a civil case and a criminal case?",
    "Can you explain how a patent works and why they expire after about 20 years?",
    "I got called for jury duty for the first time. How does jury selection actually work?",
    "how does a bill become a law in the uk",
    "Why do some countries have a president and a prime minister at the same time?",
    "What is gerrymandering? Explain with an example.",
    ("Our city is switching to ranked-choice voting next year and I'm confused. How does it work, and how are "
     "the votes counted?"),
    "Explain what 'innocent until proven guilty' actually means in a courtroom.",
    ("We're studying the US Constitution in my civics class and someone asked why Supreme Court justices serve "
     "for life when senators and presidents face elections. What was the reasoning when the rules were written, "
     "and why has it never been changed?"),
    "How does the US Constitution get amended, and why is it so hard to do?",
    "How does a filibuster work, and why is it so controversial?",
    "in three bullet points, how does the european union actually make laws",
    "Is it better to ask for a raise during my annual review or bring it up a few months before?",
    ("I've been at the same marketing agency for four years and my salary has only gone up 6% in total. A "
     "competitor offered me 20% more, but their team seems chaotic. Should I take it?"),
    "How should I respond when a coworker keeps presenting my ideas as his own in meetings?",
    "Fully remote, hybrid, or in-office: which setup tends to work best for someone early in their career?",
    "is it weird to apply again at a company that rejected me 6 months ago",
    "What's a reasonable way to tell my manager I'm overloaded without sounding like I can't handle the work?",
    ("I'm 38 and have been an accountant for fifteen years. I've been taking evening courses in UX design and "
     "really enjoy it, but I have a mortgage, one kid, and my partner's income can't cover everything on its "
     "own. Entry-level UX jobs around here pay about 30% less than I make now. Is this a realistic move or am I "
     "kidding myself? Be honest."),
    "Should I accept a counteroffer from my current employer after I've already handed in my resignation?",
    "What are the pros and cons of working for a ten-person startup versus a large established company?",
    ("My boss messages me on weekends and expects quick replies. I've only been there five months. How do I set "
     "a boundary without hurting my standing on the team?"),
    ("how much notice should i give if my contract says 2 weeks but im in the middle of a big project that ends "
     "in a month"),
    "Is it worth getting a project management certification if my company won't pay for it?",
    "What should I say in an exit interview when the real reason I'm leaving is my manager?",
    "Is it better to study in one long session or spread the same hours over several short ones?",
    ("I'm a second-year nursing student and I forget most of the material a week after each exam. What study "
     "methods would you recommend for long-term retention?"),
    "Flashcards or practice problems: which is more useful when preparing for an intro statistics final?",
    "should i learn python or javascript first if i mostly want to automate boring spreadsheet stuff at work",
    "Is it worth doing a master's degree right after undergrad, or should I work for a few years first?",
    "What's a good way to think about choosing a college major when I'm interested in too many things?",
    ("I'm 45 and want to learn conversational Spanish before a long trip to Mexico next year. I have about 30 "
     "minutes a day. What approach would you suggest? Give me three options."),
    "Are online coding bootcamps worth the money compared to teaching yourself with free resources?",
    "I'm studying for the bar exam while working part-time. How many hours a day is realistic without burning out?",
    "is it normal to feel like the dumbest person in the room in my first semester of grad school",
    "handwritten notes or laptop in lectures? which one actually helps you remember stuff",
    ("I failed organic chemistry, which I need for my major. Should I retake it next semester right away, or "
     "wait a year and take it with a lighter course load?"),
    "How do I tell a close friend that her constant lateness is starting to bother me?",
    ("My partner and I have been long-distance for three years. One of us has to move so we can finally live "
     "together, and we both like our jobs. How should we decide who moves?"),
    "Is it okay to skip a family reunion if being around certain relatives really stresses me out?",
    "what do you say to a friend who keeps cancelling plans last minute without sounding needy",
    ("Should couples combine their finances completely, keep them separate, or do something in between? Explain "
     "your reasoning."),
    ("My younger sister asked to borrow $3,000 to cover rent and a car repair. She still hasn't paid back the "
     "$1,500 I lent her last year, and whenever I bring it up she changes the subject. I can technically afford "
     "it, but I'm tired of being the family bank. How do I say no without wrecking our relationship?"),
    "How do you rebuild a friendship after drifting apart for several years?",
    "Is it normal to feel lonely even when you have a partner and a decent group of friends?",
    ("What's a good way to handle in-laws who give unsolicited advice about everything from our cooking to our "
     "careers?"),
    ("My best friend is getting married in the spring and I genuinely don't like her fiancé. Should I say "
     "anything or keep quiet?"),
    "how often is normal to text someone youve been dating for like a month",
    ("What are some healthy ways to argue with a partner so disagreements don't escalate? In a few bullet "
     "points, please."),
    "At what age should kids get their first smartphone?",
    ("My 7-year-old refuses to do homework and every evening turns into a fight. We've tried sticker charts. "
     "What other strategies would you suggest?"),
    "Is it better to give children a weekly allowance or pay them for specific chores?",
    ("Our 10-month-old still wakes up three times a night. Should we try letting her cry it out, or is that too "
     "harsh at this age?"),
    "how much screen time is too much for a 4 year old, be honest",
    "What's a good way to talk to a teenager who has stopped telling me anything about their life?",
    ("We're deciding between the local public school and a small private school for our son, who's starting "
     "first grade. What factors matter most?"),
    "Is it a good idea to sign young kids up for lots of after-school activities, or does that lead to burnout?",
    "My 12-year-old wants to walk to school alone, about a mile each way along a busy road. Is that reasonable?",
    "How should I handle it when grandparents keep ignoring our rules about sweets and bedtime?",
    ("We have two boys, ages 5 and 9, sharing a bedroom. Is it worth moving to a bigger place so they each have "
     "their own room?"),
    "What should I say to my kid after they lose a big game and are really upset?",
    "Is it better to adopt an adult dog or a puppy if I work full-time? Explain your reasoning.",
    ("I live in a 400-square-foot studio and travel for work a couple of times a month. What pet would you "
     "recommend, if any?"),
    "Should I get pet insurance for my cat, or just put money aside each month for vet bills?",
    "is a pet camera worth it to check on my dog while im at work or is that overkill",
    "How long is it okay to leave a dog home alone during the day?",
    ("We already have a 6-year-old cat and are thinking about getting a kitten. Is that a good idea, and how "
     "should we introduce them?"),
    "Dry food or wet food for cats: which is better, and is a mix okay?",
    ("I work 10-hour shifts and my young lab gets restless. Is a dog walker enough, or should I look into doggy "
     "daycare?"),
    "My dog pulls like crazy on walks. Should I switch to a harness, or focus on training first?",
    "What's a good first pet for a 9-year-old who's never had one?",
    "Should I bring my dog on a week-long road trip or leave him with a sitter?",
    "how do i know if im actually ready for a dog or just want one because im lonely rn",
    "Is it a good idea to visit Iceland in winter, or will the short days ruin the trip?",
    ("We have ten days in Japan in April. Should we try to see Tokyo, Kyoto, and Osaka, or focus on just two "
     "places?"),
    ("We're doing a summer road trip across the US with two teenagers. How many hours of driving per day is "
     "reasonable before everyone gets miserable?"),
    "What are the pros and cons of booking flights through a travel agent versus directly with the airline?",
    "I'm 24 and have never traveled abroad. Should I go solo for my first trip or join a small-group tour?",
    "im going to portugal in september for 5 days, lisbon or porto for a first visit",
    "How far in advance should I book international flights to get a decent price?",
    "Hotel rooms or a vacation rental for a family of five on a one-week trip?",
    ("My partner wants a relaxing beach vacation and I want to hike and explore. How do we plan a trip that "
     "works for both of us?"),
    "Is it worth paying an extra $200 for a direct flight instead of one with a seven-hour layover?",
    "What should I do during an 8-hour layover in a city I've never been to? Is it even worth leaving the airport?",
    "Train or rental car for getting around Italy for two weeks? Short answer please.",
    "Is renters insurance worth getting if I don't own anything expensive?",
    ("I'm 29, earn about $60k a year, and have basically no savings. Where should I even start? Explain your "
     "reasoning."),
    ("Renting vs buying a home: how do I decide which makes more sense for me right now? Walk me through the "
     "main factors in a few bullet points."),
    "How big should an emergency fund be for someone with a steady salaried job?",
    "Is term life insurance worth it if I'm single with no kids?",
    "what budgeting method actually works for people who hate spreadsheets",
    "Should I use a credit card for everyday purchases to earn points, or stick with a debit card?",
    "My partner earns twice what I do. What's a fair way to split rent and bills?",
    "Is it worth paying for a financial advisor, or can most people manage their own retirement savings?",
    "I'm 26 and just started my first salaried job. What percentage of my paycheck should go toward retirement?",
    "Should I buy the extended warranty the store is pushing on a new washing machine?",
    "We got a $5,000 tax refund. Should we pay down our car loan, top up savings, or finally take a vacation?",
    "What's a fair way to split household chores with two roommates who have very different schedules?",
    "Is it worth hiring a cleaner every two weeks if I work long hours and hate cleaning?",
    ("My landlord says I can paint my apartment as long as I repaint when I leave. Is it worth the hassle for a "
     "two-year lease?"),
    "Gas stove or induction cooktop for a kitchen renovation? Give me the main pros and cons of each.",
    "i have way too much stuff and no space, where do i even start decluttering",
    ("We're buying our first house. Which repairs should we do ourselves and which should we always leave to a "
     "professional?"),
    "Is a robot vacuum actually worth it in a house with two shedding dogs?",
    "How often should I really be washing my sheets and towels?",
    "What's a good way to keep a small apartment from feeling cramped?",
    ("My upstairs neighbors are loud almost every night after midnight. Should I talk to them directly or go "
     "straight to the landlord?"),
    "Is it worth installing solar panels if I plan to stay in my house for only five more years?",
    "What houseplants would you recommend for someone who always kills them? Give me three options.",
    "Should I buy a new car or a two-to-three-year-old used one?",
    "Is an electric car practical if I live in an apartment without a charger?",
    ("I drive about 15,000 miles a year and like to switch cars every few years. Does leasing or financing make "
     "more sense?"),
    "I've had an iPhone for ten years and I'm curious about Android. Is switching worth the hassle?",
    "my laptop is 6 years old and slow, should i upgrade the ram and get an ssd or just buy a new one",
    "What should I look for in a laptop for college if my budget is around $800?",
    "Is it worth paying extra for AppleCare or a similar extended protection plan on a phone?",
    ("I need a car mainly for a 40-minute highway commute and a few camping trips a year. Hybrid SUV or a "
     "regular sedan?"),
    "Should I buy the latest flagship phone or last year's model at a discount?",
    "are smartwatches actually useful or just an expensive toy tbh",
    "What's a reasonable amount to spend on a home printer, and is inkjet or laser better for occasional use?",
    "tablet or laptop for my retired mom who mostly does email, video calls and photos",
    "Is it better to work out in the morning or in the evening?",
    ("I'm a nurse working three 12-hour night shifts a week, usually Thursday through Saturday. On my days off I "
     "try to switch back to a normal schedule so I can see my family, but I end up exhausted and groggy for most "
     "of the week. Would it be better to stay on a night schedule all the time, or is there a smarter way to "
     "handle the switch?"),
    "How many days a week should a beginner lift weights?",
    "Is meal prepping on Sundays worth the effort for a single person who gets bored eating the same thing?",
    "Should I stop drinking coffee after a certain time of day to sleep better?",
    "running or cycling for someone with a desk job who wants to get fitter",
    "What's a sensible way to cut down on sugar without feeling miserable?",
    "Is it okay to nap in the afternoon, or does it mess up nighttime sleep?",
    "I'm 52 and haven't exercised regularly in decades. How should I start without getting hurt?",
    "Are standing desks actually worth buying?",
    "How much water should I really be drinking each day?",
    ("I work from home and some days I barely take 1,000 steps. What's a good way to stay active? In a few "
     "bullet points."),
    "I want a creative hobby I can do in about 20 minutes after work when I'm tired. What would you suggest?",
    "Is it worth buying an expensive camera to get into photography, or should I start with my phone?",
    "Acoustic or electric guitar for a complete beginner?",
    "how do i stop starting hobbies and then quitting after two weeks",
    "I've been running alone for a year and I'm getting bored. Should I join a local running club?",
    "What are some good hobbies for someone who wants to meet new people?",
    "I just retired at 62. Would a watercolor class or a community choir be a better way to fill my afternoons?",
    ("I've been growing herbs and tomatoes on my balcony for a year. Is it worth getting a plot at the community "
     "garden?"),
    "Board games or video games for a weekly hangout with friends who aren't really gamers?",
    "How much should I spend on my first set of golf clubs?",
    ("I bake bread every weekend and friends keep telling me to sell it. Is turning a hobby into a side business "
     "a good idea, or does it ruin the fun?"),
    "I loved The Martian and Project Hail Mary. What should I read next? Give me three options.",
    "how much do ppl usually tip for a haircut, i never know what's normal",
    "Is it rude to keep my phone on the table at dinner if I'm expecting an important call?",
    "What should I say when someone asks how much I earn?",
    "Is it okay to leave a wedding reception before the cake is cut?",
    "how do u politely leave a conversation at a networking event",
    ("I got invited to a coworker's wedding but I barely know her. Should I go, and how much should I spend on a "
     "gift?"),
    "Is it acceptable to regift something, and how do I do it without being awkward?",
    "What's the polite way to ask guests to take their shoes off in my home?",
    "should i reply all when thanking someone on a group email or is that just annoying for everyone",
    "How do I split the bill fairly when some people at dinner ordered much more than others?",
    "Is it okay to decline a baby shower invitation from a close friend if I can't afford a gift right now?",
    "What should I say to a coworker whose parent just died when I don't know them very well?",
    "I'm considering moving from Chicago to Denver for a job offer. What should I research before saying yes?",
    "Is it better to rent short-term when moving to a new city before committing to a neighborhood?",
    "How do you make friends as an adult after moving somewhere you don't know anyone?",
    ("I'm moving from Canada to Germany for at least three years. Should I ship my furniture or sell it and buy "
     "new there?"),
    "whats the cheapest way to move across the country with a one bedroom worth of stuff",
    "Is it worth hiring professional movers for a local move of about ten miles?",
    ("My wife got a job offer in Melbourne that would roughly double her salary. We live in Ohio, we have two "
     "kids aged 6 and 9, and my parents are getting older and live ten minutes away. I work in sales and would "
     "need to find a new job there. What are the biggest things we should think about before deciding to move "
     "abroad?"),
    "How long does it usually take to feel settled in a new city?",
    "I'm 28 and work fully remote. Big city or a smaller town, if I care about both cost and social life?",
    "Should I learn Dutch before moving to the Netherlands, or is English enough to get by?",
    "What should I prioritize in my first week after moving to a new country?",
    "is it a mistake to move back to my hometown after 10 years away, be honest",
    "How do I stay motivated on long-term goals when I don't see results for months?",
    "Is journaling actually helpful, or is it overrated? Short answer please.",
    ("I always procrastinate until the night before deadlines. I've tried to-do lists and productivity apps and "
     "nothing sticks. What else could I try?"),
    "Should I focus on fixing my weaknesses or doubling down on my strengths?",
    "What's a good way to build a habit of reading more? Keep it to three tips.",
    "how do i stop comparing myself to ppl on social media tbh its getting bad",
    "Is waking up at 5 a.m. really worth it, or does it only work for certain people?",
    "What are the pros and cons of taking a 30-day break from social media?",
    "I'm 31 and feel like I wasted my twenties. How should I think about the next ten years? Be honest.",
    "How do I get better at saying no to things I don't want to do?",
    "Is it worth setting New Year's resolutions, or are there better ways to plan changes?",
    "What's a realistic morning routine for someone who isn't a morning person?",
    "idk if i should keep my gym membership, i only go like twice a month rn. keep it or cancel?",
]

HOWTO = [
    "How do I fix a dripping kitchen faucet?",
    "What's the best way to fill gaps around a bathtub with new caulk?",
    "How do I unclog a bathroom sink without chemicals?",
    "Steps to replace a light switch safely?",
    "how do i stop a door from squeaking",
    "How do I cook rice so it isn't sticky?",
    "What's the best way to store fresh herbs so they last longer?",
    "How do I make a basic vinaigrette?",
    "Steps to season a cast iron pan?",
    "how do i know when chicken breast is cooked through",
    "How do I get candle wax out of a tablecloth?",
    "What's the best way to clean a burnt pot?",
    "How do I remove limescale from a kettle?",
    "how do i clean the inside of a microwave easily",
    "How do I turn on two-factor authentication for my Google account?",
    "How do I free up storage space on my iPhone?",
    "What's the best way to back up photos from my phone?",
    "How do I change my Wi-Fi password on a home router?",
    "How do I take a screenshot of part of the screen on Windows?",
    "How do I renew my passport by mail in the US?",
    "What's the best way to organize important paperwork at home?",
    "Steps to dispute a wrong charge on my credit card?",
    "how do i write a formal complaint letter to a company",
    "How do I start a vegetable garden in a small backyard?",
    "When and how should I prune tomato plants?",
    "How do I repot a houseplant without killing it?",
    "What's the best way to get rid of aphids naturally?",
    "How do I top up the coolant in my car, and what should I avoid?",
    "Steps to jump-start a car with a dead battery?",
    "how do i check the oil level in my car",
    "How do I knit a simple scarf as a complete beginner?",
    "What's the best way to start learning to sew by hand?",
    "How do I make a simple picture frame out of wood?",
    "How do I start running if I've never run before?",
    "What's the best way to do a proper push-up?",
    "Steps to build a 20-minute home workout with no equipment?",
    "How do I get my dog used to having his teeth brushed?",
    "How do I get my cat to stop scratching the sofa?",
    "What's the best way to introduce a new kitten to an older cat?",
    "how do i teach my puppy to walk on a leash without pulling",
]
HOWTO_LEADS = ["", "", "", "Quick question: ", "ok so ", "Never done this before. ", "Asking for my dad: "]

CODE = [
    "Write a Python generator that yields overlapping pairs from an iterable, like (1,2), (2,3), (3,4).",
    "Write a Python function that turns a title like 'Hello World, Again!' into a URL slug.",
    "Write a Python script that counts how many times each word appears in a text file and prints the top 10.",
    "Write a Python function that splits a list into chunks of size n, with the last chunk possibly shorter.",
    "Write a Python function that converts a number of seconds into a string like '2h 05m 09s'.",
    "write a python function that tells me which day of the week a given date falls on",
    "Write a Python function that converts a Roman numeral like 'XIV' into an integer.",
    "Write a Python function that groups a list of dictionaries by the value of a given key.",
    "Write a Python script that prints the size of each subfolder in a directory, largest first.",
    "Write a Python function that returns the first n rows of Pascal's triangle as lists.",
    "Write a Python function that merges two sorted lists into one sorted list without calling sort().",
    "write a python function to check if a string is a valid ipv4 address",
    "Write a Python class for a stack with push, pop, peek and is_empty methods.",
    "Write a JavaScript function that shuffles an array in place using the Fisher-Yates algorithm.",
    "Write a JavaScript function that checks if a bracket string like '({[]})' is balanced.",
    "Write a JavaScript snippet that fetches JSON from a URL and logs the 'name' field of each item.",
    "Write a SQL query for the three customers who spent the most in 2023, given orders(customer_id, total, date).",
    "Write a SQL query that lists departments with more than five employees from employees(id, name, dept_id).",
    "write a sql query that shows each month's total sales from a sales(amount, sold_at) table",
    "Write a bash script that deletes files older than 30 days in /var/log/myapp.",
    "Write a bash script that backs up a folder into a tar.gz file named with today's date.",
    "Write a Rust function that parses a comma-separated string of numbers into a Vec<i64>, skipping bad entries.",
    "Write a Rust function that returns the largest value in a Vec<i32>, or None if it's empty.",
    "Write a Go function that reads a file line by line and returns the number of non-empty lines.",
    "write a java method that checks whether a number is prime",
    "write a c function that reverses a null-terminated string in place",
    "Write a TypeScript function that takes an array of objects with a 'price' field and returns the total.",
    "Write an HTML page with a centered card that shows a title, a short text and a button, using plain CSS.",
    "write some css that makes a navbar stick to the top of the page when you scroll",
    "Write a Python function that computes the moving average of a list with a window size k.",
    "Explain what a closure is in JavaScript, with a small example.",
    "What's the difference between recursion and iteration, and when would you pick one over the other?",
    "Explain what a REST API is in plain terms.",
    "What does it mean for a function to be 'pure', and why do functional programmers care?",
    "Explain what a memory leak is and how it can happen even in a garbage-collected language.",
    "what does 'pass by reference' vs 'pass by value' actually mean?",
    "explain what a hash table is and why lookups are usually fast",
    "Explain what a database transaction is and what ACID stands for.",
    "Explain what Git branches are and how merging works, for a beginner.",
    "Explain how public-key encryption works using a simple analogy.",
    "Explain what async/await does in Python and when it helps.",
    "what is dependency injection and why do people use it",
    "What is a linked list, and when is it better than an array?",
    "Explain what unit tests are and what makes a good one.",
    "Explain what Docker containers are and how they differ from virtual machines.",
    "Python says \"UnboundLocalError: local variable 'count' referenced before assignment\". Why?",
    "Why does `for i in range(len(items)): items.remove(items[i])` give me an IndexError?",
    "In JavaScript, why does `0.1 + 0.2 === 0.3` return false?",
    "I get \"ModuleNotFoundError: No module named 'requests'\" even though I installed it. What's wrong?",
    "How do I undo my last git commit but keep the changes in my files?",
    "why does my python function with a default argument `def f(x, items=[])` keep old values between calls?",
    "How do I read a CSV file into a list of dictionaries in Python?",
    "JS error: \"Uncaught TypeError: Cannot read properties of undefined (reading 'length')\". How do I fix it?",
    "how do i make a python script accept command-line arguments?",
    "In SQL, why does `WHERE name = NULL` return no rows?",
    "how do i sort a list of tuples by the second element in python",
    "Rust says \"borrow of moved value: `s`\". What does that error mean and how do I fix it?",
    "How do I run a bash script every day at 6 am on Linux?",
    "My Go program says \"fatal error: all goroutines are asleep - deadlock!\". What usually causes this?",
    "Why does my CSS `height: 100%` on a div do nothing?",
]

MATH_FORMS = [
    "What is {e}% of {d}?",
    "A jacket costs ${d} and is on sale for {e}% off. What is the sale price?",
    "convert {d} centimeters to meters and to inches",
    "A car drives at {a} km/h for {c} hours. How far does it travel?",
    "A boat travels {b} km in {e} minutes. What is its average speed in km/h?",
    "{n} buys {b} apples at {e} cents each and pays with a $10 bill. How much change does {n} get?",
    "A recipe for {c} people uses {d} grams of flour. How much flour is needed for {c2} people?",
    "A rectangle is {b2} cm long and {b} cm wide. What are its perimeter and its area?",
    "A box measures {a} cm by {b} cm by {c} cm. What is its volume in liters?",
    "what's the area of a circle with a radius of {b} cm?",
    "What is the average of {a}, {d}, {e} and {b}?",
    "Solve for x: {b}x - {e} = {d}",
    "solve for x: x/{c} - {b} = {a}",
    "Split ${d} between two people in the ratio {b}:{c}. How much does each person get?",
    "A paint mix uses blue and white in the ratio {c}:{b4}. How much blue is in {d} liters of the mix?",
    "What is 1/{b} + 1/{c} as a single fraction in lowest terms?",
    "If you invest ${d} at {c}% interest compounded yearly, how much will you have after 2 years?",
    "If you roll two six-sided dice, what is the probability that the total is {c}?",
    "you flip a fair coin {c} times. what's the chance of getting heads every single time?",
    "You draw {c} cards from a standard 52-card deck without replacement. What's the probability none is a heart?",
    "A bus trip starts at {b}:{e} and takes {d} minutes. What time does it arrive?",
    "{n} earns ${e} an hour and works {b} hours a day for {c} days. How much does {n} earn in total?",
]
MATH_NAMES = ["Nadia", "Oskar", "Priya", "Joaquin", "Hana", "Emeka", "Greta", "Luca", "Amara", "Felix"]

LISTS = [
    "Give me 5 quick weeknight dinners that use chickpeas.",
    "What are some good snacks to pack for a long hike?",
    "List 7 breakfast ideas that don't involve eggs.",
    "Suggest a few side dishes to serve with grilled salmon.",
    "give me some ideas for using up leftover rice",
    "What are some things to do in Lisbon on a rainy day?",
    "List 5 items people often forget to pack for a beach vacation.",
    "Suggest some affordable weekend trips from a big city by train.",
    "Give me 6 ideas for a road trip playlist theme.",
    "What are some relaxing hobbies I can do at home in the evenings?",
    "Give me 5 hobbies that cost almost nothing to start.",
    "suggest some creative hobbies for someone who likes working with their hands",
    "Give me 5 gift ideas for a coworker who loves coffee, under $25.",
    "What are some thoughtful gifts for a grandparent who has everything?",
    "Suggest gift ideas for a 10-year-old who likes science.",
    "List 5 novels with unreliable narrators.",
    "Recommend some feel-good movies for a family night.",
    "What are some classic science fiction books a beginner should read?",
    "give me a few documentary ideas about the ocean",
    "Suggest 5 podcasts topics for a long commute.",
    "Give me 5 ways to make team meetings shorter.",
    "What are some good icebreaker questions for a new team?",
    "List some tips for staying focused when working from home.",
    "Suggest names for a small bakery that sells sourdough.",
    "Suggest names for a podcast about personal finance for young people.",
    "Give me ideas for a dinosaur-themed party for a 5-year-old.",
    "What are some screen-free activities for toddlers on a rainy day?",
    "list some chores a 6 year old can realistically help with",
    "Suggest names for a pet goldfish.",
    "Give me 5 ways to make a small apartment feel bigger.",
    "What are some easy houseplants for a room with little light?",
    "List 6 ways to cut down on clutter in the kitchen.",
    "Ideas for decorating a blank wall in a living room?",
    "Give me 5 simple stretches to do after sitting all day.",
    "What are some healthy habits that take less than 5 minutes a day?",
    "suggest some ways to drink more water during the day",
    "Give me 5 ways to practice a new language without taking classes.",
    "What are some free websites for learning to code?",
    "List some memory techniques for studying for exams.",
    "Ideas for a 30-day learning challenge I can do in 20 minutes a day?",
]

WRITING = [
    ("Write a short email to my manager, Priya, asking to leave at 3 pm on Thursday, May 16, for my son's "
     "school recital. I'll finish the quarterly report before I go."),
    ("Draft an email to my landlord, Mr. Okafor, saying the kitchen faucet in apartment 4B has been dripping "
     "for two weeks and asking when a plumber can come."),
    ("Write a polite email to my daughter's teacher, Ms. Delgado, explaining that Maya missed Tuesday's math "
     "quiz because of a dentist appointment and asking if she can make it up."),
    "can u write a text to my neighbour dave asking him to move his truck, its blocking my driveway again",
    ("Write an email to a customer named Linda Park apologizing that her order #48213 shipped three days late "
     "and offering 15% off her next purchase."),
    ("Draft a message to Dr. Harlan's office asking to move my annual checkup from June 3 at 10 am to any "
     "afternoon the following week."),
    ("Write an email to Riverside Elementary's front office letting them know my twins, Eli and Noah, will be "
     "picked up by their grandmother, Carol Benson, every Friday in March."),
    "write a quick text to my boss saying im sick today and wont make the 9am standup",
    ("Write a friendly email to the new tenant upstairs, Jordan, introducing myself as the neighbour in unit 2 "
     "and mentioning that recycling goes out Wednesday mornings."),
    ("Draft an email to my professor, Dr. Nguyen, asking for a 48-hour extension on my history essay due "
     "Friday because I had the flu this week."),
    ("Write a short email to my team announcing that our Monday check-in is moving from 9:30 to 10:00 starting "
     "next week, and that the Zoom link stays the same."),
    "can you write a text to my landlord saying rent will be 4 days late this month, sorry, paycheck got delayed",
    ("Write an email following up with a client, Greenleaf Landscaping, about invoice #1027 for $2,350, which "
     "was due on April 30."),
    ("Write a text to my babysitter, Hannah, asking if she's free Saturday from 6 to 11 pm and whether $18 an "
     "hour still works for her."),
    ("Write a complaint letter to Brightline Internet about three outages in one week at 22 Maple Court and "
     "ask for a credit on my $79 monthly bill."),
    ("Write a firm but polite complaint to the city council about the pothole on Elm Street near the library "
     "that has damaged two tires on my street this month."),
    ("Draft a complaint to an airline because my suitcase arrived two days late on a flight from Denver to "
     "Boston on July 8, and I had to buy $140 of clothes."),
    "write a complaint email to my gym, they charged me twice in february ($45 each) and no one answers the phone",
    ("Write a letter to a hotel manager about a noisy room next to the ice machine during my stay at the "
     "Harbor View Inn from October 12 to 14."),
    ("Write an apology text to my friend Sam for forgetting her birthday dinner last night. I want it to sound "
     "sincere, not over the top."),
    ("Write a short apology email to a coworker, Marcus, for snapping at him during yesterday's budget meeting."),
    "help me write a sorry message to my sister for missing her graduation, my flight got cancelled",
    ("Draft an apology to my neighbours on Birch Lane for the loud party last Saturday, and offer to take them "
     "out for coffee."),
    ("Write a thank-you note to my aunt Rosa for the hand-knitted blanket she sent for the baby."),
    ("Write a thank-you card for our daughter's kindergarten teacher, Mr. Patel, at the end of the school year."),
    ("Write a thank-you email to the nurses on the 5th floor of St. Mary's Hospital who cared for my dad in "
     "January."),
    "can u write a thank you text to my coworker jess for covering my shift on sunday",
    ("Write a thank-you note to a client, Oakridge Bakery, for five years of working together."),
    ("Write an invitation for my son Leo's 7th birthday party: dinosaur theme, Saturday, June 8, 2–4 pm, at "
     "Cedar Park pavilion. RSVP to Anna by June 1."),
    ("Write an email inviting my whole office to a retirement lunch for Gloria on Friday, August 23, at noon at "
     "Luigi's Trattoria."),
    ("Write a casual invitation for a backyard barbecue at our place, 14 Oak Street, on Sunday, July 4, from 5 "
     "pm. Bring a chair."),
    "write an invite for a game night at my apartment friday at 7, snacks provided, byob",
    ("Write an invitation to a neighbourhood cleanup day at Willow Creek Park on Saturday, April 20, 9 am to "
     "noon. Gloves and bags will be provided."),
    ("Write a resignation letter to my manager, Tom Reyes, giving two weeks' notice. My last day will be "
     "Friday, September 13, and I want to thank him for the mentoring."),
    ("Draft a request to HR for four weeks of unpaid leave from November 4 to care for my mother after her "
     "hip surgery."),
    "write a short resignation text to the coffee shop manager, i got a new job and my last shift is the 20th",
    ("Write an email asking my supervisor for three days of bereavement leave for my grandfather's funeral "
     "next week."),
    ("Write an opening paragraph for a cover letter for a receptionist job at Sunnyvale Dental Clinic. I have "
     "three years of front-desk experience at a hotel."),
    ("Write a cover letter paragraph for a junior graphic designer role at Pinecone Studio, mentioning my "
     "portfolio of 20 logo projects."),
    ("Write the closing paragraph of a cover letter for a warehouse supervisor position. I led a team of 12 "
     "at my last job."),
    ("Write a 100-word bio for my website. I'm Clara Jensen, a wedding photographer in Portland with eight "
     "years of experience who loves candid shots."),
    ("Write a short dating profile bio for a 34-year-old nurse who likes hiking, board games and bad puns."),
    "write me a fun dating app bio, im 27, love cooking thai food, have a cat named biscuit",
    ("Write a speaker bio for a conference program: Dr. Aisha Rahman, pediatrician, 15 years in practice, "
     "author of a book on children's sleep."),
    ("Write a two-sentence bio for a local plumber, Frank Gallo, for the 'About Us' page of his company site."),
    ("Write a product description for handmade lavender soap, 4 oz bars, made with olive oil and shea "
     "butter, $7 each."),
    ("Write a Facebook Marketplace listing for a used IKEA bookcase, white, 6 feet tall, minor scratches, "
     "$40, pickup only in Riverside."),
    ("Write an Etsy listing description for a set of four hand-painted ceramic mugs with lemon designs."),
    "write a craigslist ad for my 2012 honda civic, 98k miles, new tires, asking 6500",
    ("Write a rental listing for a one-bedroom apartment on Pine Street, $1,250 a month, with laundry in the "
     "building and a small balcony."),
    ("Write an Instagram caption for my bakery's new pumpkin cinnamon rolls, available every Saturday in "
     "October."),
    ("Write a LinkedIn post announcing that I've started a new job as a project coordinator at Blue Harbor "
     "Logistics."),
    "write a facebook post for our lost cat, grey tabby named smokey, last seen on 5th ave tuesday night",
    "write a short post for our library page, free tax help every tuesday evening in march",
    ("Write a tweet for a small hardware store announcing a 20% off sale on garden tools this weekend."),
    ("Write a two-minute best man toast for my brother Daniel's wedding to Sofia. They met at a bowling "
     "league."),
    ("Write a short retirement speech for my coworker Bev, who has worked in the school cafeteria for 30 years."),
    ("Write a toast for my in-laws, Ruth and Carl, who are celebrating 25 years of running their hardware store."),
    ("Write a short welcome speech for the first meeting of our neighbourhood garden club."),
    "can you write a quick toast for my best friends baby shower, her name is kayla",
    ("Write a eulogy paragraph for my grandmother, June, who grew tomatoes every summer and taught all her "
     "grandkids to play cribbage."),
    ("Write a short eulogy paragraph for a longtime volunteer firefighter, Walt Henning, for a town memorial."),
    "Write a haiku about waiting for the bus on a rainy Monday morning.",
    "write a limerick about my cat who keeps knocking cups off the counter lol",
    "Write a short rhyming poem about raking leaves with my kids in November.",
    "Write a song verse about driving home after a long shift at work.",
    "write a funny poem about my roommate never doing the dishes",
    "Write three haiku about making coffee at dawn.",
    "Write a limerick about a grandpa who can't figure out his new smartphone.",
    "Write a four-line poem for my wife about our morning walks with the stroller.",
    "Write a chorus for a silly song about Saturday pancakes.",
    "Write a short poem about a houseplant that refuses to die.",
    "Write a 150-word bedtime story about a sleepy turtle named Pip who wants to see the stars.",
    ("Write a very short story, under 200 words, about a lost umbrella that keeps finding its way back to its "
     "owner."),
    "write a bedtime story for my 4 year old about a bunny who is scared of the dark",
    "Write a 100-word story about a mail carrier on her last day before retirement.",
    "Write a short bedtime story about a tugboat that helps a big ship into the harbor.",
    ("Write a short dialogue between a customer and a barista where the customer can't decide what to order."),
    ("Write a dialogue for an ESL class: two people meeting at a train station and asking for directions."),
    "can you do a short funny convo between a dog and a vacuum cleaner",
    "Make this sound more polite: \"Send me the files today. I've asked three times already.\"",
    "Rewrite this more formally: \"Hey, can't come to the meeting tomorrow, something came up.\"",
    "Make this friendlier: \"Your payment is overdue. Pay immediately.\"",
    ("Make this shorter: \"I wanted to reach out to you in order to let you know that we will unfortunately "
     "not be able to attend the event that is happening next Friday.\""),
    "make this sound less rude: \"stop parking in my spot or ill call a tow truck\"",
    "Rewrite this to sound more confident: \"I think I might maybe be a good fit for this role, possibly.\"",
    ("Make this email line warmer: \"Attached is the schedule. Let me know if there are issues.\""),
    "Write five slogan ideas for a family-run pizza place called Tony's Corner.",
    "need 3 taglines for my dog walking business in austin, its called happy tails",
    "Write a catchy slogan for a school recycling drive.",
    "write a tagline for my cleaning business, its called sparkle & shine",
    ("Write a meeting agenda for a one-hour PTA meeting on October 3: fall fundraiser, playground repairs, "
     "volunteer sign-ups and open questions."),
    ("Write an agenda for a 30-minute team meeting about launching our new website on May 1."),
    ("Draft an agenda for our condo association's annual meeting, including the budget vote and roof repair "
     "update."),
    ("Write a short announcement that our office will be closed on Monday, September 2, for Labor Day."),
    ("Write an announcement for the church bulletin about a bake sale after the 10 am service on Sunday, "
     "November 17."),
    "Write a short notice for residents that the building's water will be shut off Thursday from 9 am to 1 pm.",
    ("Write a reply to a 2-star Google review of my café that says the coffee was cold and the service slow."),
    ("Write a thank-you reply to a 5-star review of our auto repair shop from a customer named Greg who "
     "praised our honest pricing."),
    ("Write a polite response to a Yelp review that complains our nail salon was 20 minutes late for an "
     "appointment."),
]

SUMMARY = [
    ("Summarize this:\n\nHOLLIS FALLS — The Hollis Falls Public Library will reopen its main reading room on Monday "
     "after nearly four months of repairs to a roof that had been leaking since last winter, library director "
     "Maureen Okafor announced Thursday.\n\nCrews replaced about 6,000 square feet of roofing, installed new "
     "drainage gutters, and repaired water damage to the ceiling above the periodicals section. The project cost "
     "$412,000, roughly $40,000 less than the town had budgeted, largely because the contractor was able to reuse "
     "the original steel support beams.\n\nDuring the closure, the library operated out of two rooms in the "
     "community center on Elm Street, offering book pickup, printing, and a reduced children's story time. Okafor "
     "said circulation dropped by about a third during that period, but she credited volunteers with keeping the "
     "temporary branch running six days a week.\n\n\"People were patient with us, and we're grateful,\" she said. "
     "\"The building is in better shape now than it's been in twenty years.\"\n\nThe reopening will include a small "
     "celebration at 10 a.m. Monday with coffee, a book sale, and tours of the restored historic reading room. "
     "Regular hours, 9 a.m. to 8 p.m. on weekdays and 10 a.m. to 4 p.m. on Saturdays, resume the same day. Items "
     "borrowed from the temporary branch can be returned at either location through the end of the month."),
    ("TL;DR please\n\nDrivers who use the Carver Street Bridge should plan for delays starting next week, when the "
     "county begins a long-awaited resurfacing and railing replacement project on the 1960s-era span.\n\nAccording "
     "to the county roads department, the bridge will be reduced to one lane in each direction from May 6 through "
     "roughly mid-August. Work will take place mostly between 7 a.m. and 5 p.m., but crews may close the bridge "
     "entirely on up to four overnight periods to pour concrete. Those closures will be announced at least 48 hours "
     "in advance on the county website and on electronic signs at both approaches.\n\nOfficials estimate that about "
     "18,000 vehicles cross the bridge on a typical weekday. The suggested detour for trucks and larger vehicles is "
     "the Route 9 bypass, which adds about ten minutes to most trips. Cyclists and pedestrians will still be able "
     "to cross using a protected walkway on the north side.\n\nThe $3.1 million project is funded mostly through a "
     "state infrastructure grant. County engineer Paul Detweiler said the current railings no longer meet safety "
     "standards and the road surface has developed deep cracks that worsen each winter. \"This is maintenance we "
     "can't keep putting off,\" he said. \"A few months of inconvenience now saves us from a much bigger problem "
     "later.\"\n\nResidents with questions can call the project hotline or attend an information session on May 2 "
     "at the Township Hall."),
    ("Give me the key points as bullets.\n\nA team of six students from Westbrook High School took first place at "
     "the Tri-County Robotics Challenge on Saturday, beating 31 other teams and earning a spot at the state "
     "championship next month.\n\nThe team, called the Gearheads, built a robot that had to collect foam balls, "
     "sort them by color, and place them into scoring bins within two and a half minutes. Their robot scored an "
     "average of 84 points per round, the highest of the day. Judges also gave the team the \"Engineering "
     "Notebook\" award for its detailed documentation of design changes.\n\nTeam captain Priya Raman, a junior, "
     "said the group redesigned the robot's claw three times after it kept dropping balls during practice. \"We "
     "almost gave up on the sorting system two weeks ago,\" she said. \"Then someone suggested using a light sensor "
     "instead of a camera, and it suddenly worked.\"\n\nThe team is coached by physics teacher Daniel Brooks, who "
     "started the club four years ago with only three members. It now has twenty students, including several who "
     "had never written code before joining.\n\nThe state championship will be held in Lansford on April 19. The "
     "team needs to raise about $2,500 for travel, registration, and replacement parts. A fundraiser car wash is "
     "planned for the school parking lot on April 5, and donations can also be made through the school's booster "
     "club."),
    ("Summarize in one sentence:\n\nThe Saturday farmers market that has operated in the Grange Hall parking lot "
     "for almost fifteen years will move to Riverside Park starting June 1, the market's board announced this "
     "week.\n\nBoard president Linda Castellanos said the move was driven by growth. The market now has 46 regular "
     "vendors, up from 19 five years ago, and the parking lot can no longer fit everyone along with customer "
     "parking. Several vendors have been on a waiting list for more than a year.\n\nThe new site, on the grassy "
     "area near the park's pavilion, will allow up to 70 stalls and has access to restrooms, shade trees, and "
     "electrical hookups for vendors who sell refrigerated goods. The town has agreed to lease the space for a "
     "nominal fee of one dollar per year for the next three years.\n\nSome longtime shoppers expressed concern "
     "about parking at the park, which has only about 60 spaces. To address that, the board has arranged for "
     "overflow parking at the nearby middle school and a free shuttle that will run every fifteen minutes. A new "
     "bike rack will also be installed near the entrance.\n\nMarket hours will remain 8 a.m. to 1 p.m. The market "
     "will also add a monthly evening event on the third Thursday of each month, featuring food trucks and live "
     "music, beginning in July."),
    ("Residents of the Maple Heights and Dunmore neighborhoods are under a precautionary boil water notice after a "
     "water main broke early Tuesday morning near the intersection of Fifth Avenue and Orchard Road.\n\nThe break, "
     "discovered around 3:30 a.m. by a passing police officer, sent water flooding across two blocks and caused a "
     "sinkhole roughly eight feet wide in the eastbound lane of Fifth Avenue. The road is closed between Orchard "
     "and Pine while crews work on the repair, which the city expects to finish by Wednesday evening.\n\nBecause "
     "pressure dropped in the surrounding pipes, the city's utilities department is asking about 1,200 households "
     "to boil tap water for at least one minute before drinking it, brushing teeth, or using it for cooking. The "
     "notice will stay in effect until two rounds of water samples come back clean, which usually takes 24 to 48 "
     "hours after repairs are complete.\n\nBottled water is being handed out at the Dunmore Recreation Center from "
     "noon to 7 p.m. today and tomorrow. Officials said the 16-inch cast-iron pipe was installed in 1958 and is one "
     "of several mains scheduled for replacement in the next five-year capital plan.\n\nA map of affected streets "
     "is posted on the city website, and updates will be sent through the emergency text alert system.\n\nCan you "
     "shorten this to two or three sentences?"),
    ("What are the action items here?\n\nHi everyone,\n\nStarting July 1, we are retiring our paper expense forms "
     "and moving all expense reporting to Ledgerly, the new online system that finance has been testing for the "
     "past quarter. This should make reimbursements faster: most approved reports will be paid within five business "
     "days instead of the current three weeks.\n\nHere's what you need to do before the switch. First, activate "
     "your Ledgerly account using the invitation email you'll receive on June 10. Please check your spam folder if "
     "you don't see it. Second, complete the 20-minute training video in the learning portal by June 24. Managers "
     "will also need to complete a separate approver module. Third, submit any outstanding paper expense reports "
     "for May and June no later than June 27. Anything submitted on paper after that date will be returned to you "
     "and will need to be re-entered in Ledgerly.\n\nYou can photograph receipts with the Ledgerly phone app, so "
     "there's no longer any need to tape them to sheets of paper. Corporate card transactions will import "
     "automatically, but you'll still need to attach receipts and add a business purpose for each one.\n\nIf you "
     "have questions, the finance team will hold two drop-in help sessions in the third-floor conference room on "
     "June 18 and June 20 from 2 to 3 p.m. You can also email the finance team directly.\n\nThanks,\nRenata "
     "Wu\nFinance Operations"),
    ("Explain this to a 10-year-old:\n\nDear Families,\n\nBeginning Monday, February 3, Lincoln Elementary will be "
     "changing its lunch and recess schedule. Over the past few months, teachers and the cafeteria staff noticed "
     "that many students were rushing through lunch so they could get to recess sooner, and a lot of food was being "
     "thrown away.\n\nTo help with this, we will be trying \"recess before lunch.\" Each grade will go outside to "
     "play first for 20 minutes and then come inside to eat for 25 minutes. Research from other schools shows that "
     "when children play first, they come to lunch hungrier and calmer, eat more of their meal, and waste less "
     "food. Teachers have also reported that students settle into afternoon lessons more easily.\n\nKindergarten "
     "and first grade will have recess at 11:00 and lunch at 11:20. Second and third grade will have recess at "
     "11:30 and lunch at 11:50. Fourth and fifth grade will have recess at 12:00 and lunch at 12:20.\n\nStudents "
     "who bring lunch from home should leave their lunchboxes in the marked bins outside their classrooms before "
     "recess. Students will wash their hands before entering the cafeteria.\n\nWe will try this schedule until "
     "spring break and then ask students, teachers, and families for feedback before deciding whether to keep it. "
     "Thank you for your support.\n\nSincerely,\nMrs. Dana Whitfield, Principal"),
    ("Pull out the dates and deadlines from this:\n\nAttention Grades 6–8 Students and Parents: The Annual Oakridge "
     "Middle School Science Fair is Coming!\n\nThis year's science fair will be held on Thursday, March 13, in the "
     "school gymnasium. Projects will be judged during the school day, and families are invited to an open viewing "
     "from 6:00 to 7:30 p.m. that evening. Awards will be announced at 7:15 p.m.\n\nAll students in grades 6 "
     "through 8 are expected to participate, either individually or in pairs. Here's the timeline to keep in mind. "
     "Project proposals, a one-paragraph description of your question and planned experiment, are due to your "
     "science teacher by Friday, January 17. Teachers will return approved proposals by January 24. A progress "
     "check, including your hypothesis, materials list, and at least one page of data or observations, is due "
     "February 14. Final written reports must be submitted online by Monday, March 10, at 11:59 p.m. Display boards "
     "should be brought to the gym between 7:30 and 8:15 a.m. on the day of the fair.\n\nProjects involving live "
     "animals, chemicals other than common household items, or human subjects must receive special approval from "
     "Mr. Alvarez by January 31.\n\nTop projects from each grade will be invited to the regional fair on April 5. "
     "Tri-fold display boards are available in the main office for $3 while supplies last. Questions can be sent to "
     "the science department."),
    ("To all staff at the Cedar Lane office:\n\nAs many of you have heard, our lease at 400 Cedar Lane ends this "
     "fall, and after a long search we've signed a new lease at the Harborview Building, 1250 Waterfront Drive. The "
     "new office is about two miles east, right next to the light rail station, and has more meeting rooms, a "
     "bigger kitchen, and secure bike storage. We'll also finally have enough quiet rooms for focused work.\n\nThe "
     "move is planned for the weekend of October 18–19. Professional movers will pack and transport furniture and "
     "IT equipment, but you are responsible for packing your personal items and desk contents. Boxes and labels "
     "will be delivered to each floor on October 7. Please have everything packed and labeled with your name and "
     "new desk number by 3 p.m. on Friday, October 17.\n\nMonday, October 20, will be a remote work day for "
     "everyone so IT can finish setting up the network. We'll open the new office on Tuesday, October 21. Parking "
     "is more limited at Harborview, so the company will cover a monthly transit pass for anyone who wants one; "
     "sign-up details will be shared soon.\n\nA floor plan with seating assignments will be posted on the intranet "
     "next week. If you have accessibility needs or concerns about your new commute, please talk to facilities as "
     "soon as possible.\n\nThanks for your patience during this transition,\nGareth Lindqvist, Office "
     "Manager\n\ncan u sum this up for me"),
    ("Give me the key points as bullets:\n\nSubject: Open Enrollment for 2025 Benefits Starts November 4\n\nHello "
     "team,\n\nOpen enrollment for next year's health, dental, vision, and retirement benefits runs from November 4 "
     "to November 22. This is the only time of year you can make changes to your benefits unless you have a "
     "qualifying life event, such as getting married, having a baby, or losing other coverage.\n\nA few things are "
     "changing this year. We are adding a third medical plan, a high-deductible option paired with a health savings "
     "account. The company will contribute $750 per year to the HSA for individuals and $1,500 for families. "
     "Premiums for the two existing PPO plans will rise by about 4 percent, which is lower than the national "
     "average increase. Vision coverage will now include one pair of contact lenses per year in addition to "
     "glasses.\n\nOn the retirement side, the company match for the 401(k) is increasing from 4 percent to 5 "
     "percent of salary, effective January 1. You don't need to do anything to receive the higher match, but if "
     "you're not currently contributing at least 5 percent, you may want to raise your contribution to get the full "
     "amount.\n\nIf you don't log in and make selections, your current medical, dental, and vision elections will "
     "roll over automatically. However, flexible spending account elections do not roll over, so you must re-enroll "
     "if you want an FSA next year.\n\nBenefits information sessions will be held over video on November 6 and "
     "November 13.\n\nBest,\nPeople Team"),
    ("What are the action items here?\n\nMobile App Team — Weekly Sync, Tuesday\n\nAttendees: Jordan (PM), Mei "
     "(iOS), Tariq (Android), Sofia (design), Ben (QA)\n\n1. Release 4.2 status. Jordan reported that the release "
     "is mostly on track but the new onboarding flow still has two open bugs. Ben confirmed the crash on older "
     "Android devices happens when users skip the photo step. Tariq thinks it's a null image reference and will "
     "have a fix ready by Thursday. Release date stays at next Wednesday if the fix passes QA by Monday.\n\n2. Push "
     "notification opt-in. Sofia presented three designs for the permission prompt. The group preferred option B, "
     "which explains the benefit before asking. Mei pointed out that Apple's guidelines limit how often we can show "
     "the prompt, so Sofia will adjust the copy and share a final version by Friday. Mei will implement it after "
     "that.\n\n3. Analytics cleanup. Jordan noted that about 40 events in our dashboard are no longer used and are "
     "cluttering reports. Ben volunteered to audit the list and mark which ones can be removed. Jordan will confirm "
     "with the marketing team before anything is deleted.\n\n4. Team offsite. Still no date. Jordan will send a "
     "poll with three options in October.\n\nNext meeting: same time next week. Ben will run the meeting since "
     "Jordan is out."),
    ("Summarize this:\n\nMinutes of the Willow Creek Homeowners Association Monthly Meeting\n\nThe meeting was "
     "called to order at 7:02 p.m. by President Harold Jenks. Seven of nine board members were present, along with "
     "23 residents. The minutes from the previous meeting were approved without changes.\n\nTreasurer's report: The "
     "association has $184,300 in its reserve fund and $22,150 in its operating account. Spending on landscaping is "
     "about 12 percent over budget for the year because of extra tree removal after the spring storm.\n\nOld "
     "business: The repaving of Willow Court is complete. Several residents complained that the new speed bumps are "
     "too high. The board agreed to ask the contractor whether they can be lowered and to report back next "
     "month.\n\nNew business: A proposal to allow backyard chickens was discussed at length. Supporters said a "
     "limit of four hens per home, with no roosters, would avoid noise problems. Opponents raised concerns about "
     "smells and attracting predators. The board voted 4 to 3 to send a survey to all homeowners before making a "
     "decision.\n\nThe board also approved a bid of $8,400 from Brightline Pools to repair the cracked deck at the "
     "community pool before the summer season.\n\nResident comments: Two residents asked about adding more lighting "
     "to the walking path behind Building C. The board will get quotes.\n\nThe meeting was adjourned at 8:41 p.m. "
     "The next meeting is scheduled for the second Tuesday of next month."),
    ("TL;DR?\n\nMaplewood Elementary PTA Meeting Notes — October\n\nPresent: 14 parents, Principal Gomez, two "
     "teachers.\n\nFall festival recap: The festival raised $6,820, beating last year's total by almost $1,500. The "
     "bake sale and the book swap were the most popular booths. The face-painting booth ran out of supplies by "
     "noon, so next year we will order double. Volunteers said the cleanup went faster with the new sign-up "
     "sheet.\n\nHow we'll use the money: After discussion, the group agreed to spend $3,000 on new playground "
     "balls, jump ropes, and outdoor games, $2,000 toward the fifth-grade field trip to the science museum so no "
     "student has to pay, and to keep the rest as a reserve for teacher classroom grants in the "
     "spring.\n\nPrincipal's update: Principal Gomez shared that the school will pilot a new reading program in "
     "second grade. She also reminded parents that the car line has gotten dangerous and asked everyone to stop "
     "using the bus lane for drop-off.\n\nUpcoming events: Picture retake day is November 8. The winter coat drive "
     "will start November 12, and the collection box will be by the front office. The PTA still needs a volunteer "
     "to lead the spring auction committee; anyone interested should contact Keisha Barnes.\n\nMeeting ended at "
     "7:45. Babysitting was provided in the library by high school volunteers."),
    ("Pull out the dates and deadlines:\n\nGreenway Trail Alliance — Board Meeting Notes\n\nAttendees: R. Okoye "
     "(chair), T. Halvorsen, J. Pak, M. Duarte, L. Simmons. Absent: C. Ferrell.\n\nGrant application: The state "
     "outdoor recreation grant application is due April 30. J. Pak will draft the project narrative by April 12 and "
     "circulate it for comments. Board members should send feedback no later than April 19. L. Simmons will collect "
     "the three letters of support; the city parks department has already agreed to write one.\n\nSpring cleanup "
     "day: Confirmed for Saturday, May 10, 9 a.m. to noon, starting at the Mill Road trailhead. T. Halvorsen will "
     "order gloves, trash grabbers, and bags by May 1. Volunteer sign-up opens April 15 on the website.\n\nBridge "
     "repair: The footbridge over Pike Creek remains closed. The engineer's inspection is scheduled for April 8, "
     "and we expect the report about two weeks later. The board will hold a special meeting once the report arrives "
     "to decide on next steps.\n\nMembership: M. Duarte reported 312 paying members, up from 276 last year. Renewal "
     "reminders will go out on June 1.\n\nAnnual picnic: Tentatively set for August 23 at Lakeview Pavilion, "
     "pending confirmation from the county by May 15.\n\nNext regular board meeting: Wednesday, May 21, at 6:30 "
     "p.m. at the library community room."),
    ("Summarize this in one sentence.\n\nExcerpt from the Minutes of the Brookfield City Council, Regular "
     "Session\n\nItem 7: Proposed off-leash dog park at Carson Field.\n\nParks Director Alan Moss presented the "
     "proposal to convert a 1.2-acre unused section of Carson Field into a fenced off-leash dog park. The plan "
     "includes separate areas for large and small dogs, two water stations, benches, and a double-gated entrance. "
     "Estimated construction cost is $145,000, with $60,000 already pledged by the nonprofit group Brookfield "
     "Paws.\n\nPublic comment: Eleven residents spoke. Eight spoke in favor, noting that Brookfield has no "
     "off-leash area and that dog owners currently use school fields, which causes conflicts. Three residents who "
     "live next to Carson Field opposed the location, citing possible noise, parking problems on Hazel Street, and "
     "concerns about waste runoff into the drainage ditch.\n\nCouncil discussion: Councilmember Ruiz asked whether "
     "the park could be moved farther from homes. Director Moss said the northern end of the field is possible but "
     "would add about $20,000 for grading. Councilmember Abbott asked for a parking study.\n\nMotion: Councilmember "
     "Ruiz moved to approve the dog park in concept, with the northern location, and to direct staff to complete a "
     "parking study and return with a final design and funding plan within 90 days. Seconded by Councilmember Lee. "
     "Motion passed 5–1, with Councilmember Abbott voting no."),
    ("What's the main argument of this review?\n\nI've owned the Brisa S3 robot vacuum for three months now, and I "
     "want to push back on some of the glowing reviews I've seen. It's not a bad product, but it's not the \"set it "
     "and forget it\" miracle people claim.\n\nFirst, the good part: for about $180, it picks up a surprising "
     "amount of dust and pet hair on hard floors. My kitchen and hallway have honestly never been cleaner, and the "
     "app is simple to use. The battery lasts around 90 minutes, which is enough for my two-bedroom "
     "apartment.\n\nThe problems show up everywhere else. It doesn't map rooms, it just bounces around randomly, so "
     "some spots get cleaned three times and others get missed. It gets stuck under my couch at least twice a week, "
     "and it has eaten two phone charger cables. On my medium-pile living room rug it barely does anything. The bin "
     "is also tiny, and with a shedding dog I have to empty it after every run.\n\nSo here's my take: this vacuum "
     "works best as a helper, not a replacement. If you have mostly hard floors, few cords, and you're willing to "
     "tidy up before it runs, it's a good value. If you expect it to handle carpets or a cluttered home on its own, "
     "spend more money on a model with real mapping. I'm giving it three stars. It does its job, but only if you do "
     "some of yours first."),
    ("Summarize this review in one sentence:\n\nI bought the Ridgeline Trek Mid hiking boots before a week-long "
     "trip in the mountains, and I was nervous because I didn't have much time to break them in. I shouldn't have "
     "worried. Out of the box, they were stiff around the ankle but comfortable everywhere else, and after two "
     "short walks around my neighborhood they felt like I'd owned them for months.\n\nOn the trip I hiked about 60 "
     "miles over rocky trails, loose gravel, and a couple of stream crossings. The waterproofing held up "
     "completely. My feet stayed dry even after I misjudged a rock and stepped into ankle-deep water. The grip on "
     "wet stone was excellent, better than my old pair from a more expensive brand. I got no blisters, which for me "
     "is a first.\n\nThere are a couple of downsides. They run about half a size small, so I'd recommend ordering "
     "up, especially if you wear thick socks. They're also on the heavy side at just over two pounds for the pair, "
     "and on hot days my feet got sweaty since the waterproof lining doesn't breathe very well. The laces are a bit "
     "slippery and came undone a few times until I started double-knotting them.\n\nOverall, for $145, I think "
     "these are a great value for anyone doing serious day hikes or backpacking in wet conditions. I'd buy them "
     "again without hesitation."),
    ("Is this review mostly positive or negative? Summarize it briefly.\n\nI really wanted to love the Caffora Duo "
     "espresso machine. It looks beautiful on the counter, with its brushed steel body and little pressure gauge, "
     "and for the first two weeks I was thrilled. The shots were rich, the crema was thick, and the steam wand made "
     "decent milk foam for lattes once I got the hang of it.\n\nThen the problems started. Around week three, the "
     "machine began leaking water from underneath the brew group after every shot. I followed the manual's cleaning "
     "instructions and ran the descaling cycle, but it kept getting worse. The pressure gauge also started jumping "
     "around, and shots became sour and thin no matter how I adjusted the grind.\n\nCustomer service was polite but "
     "slow. It took nine days to get a reply, and then they asked me to ship the machine back at my own expense, "
     "which cost $38. The replacement arrived after almost a month. It works for now, but it's been only ten days, "
     "and I've already noticed a small drip in the same spot.\n\nFor $399, I expected better build quality. If "
     "you're thinking about this machine, I'd suggest looking at brands with a better reputation for reliability "
     "and a warranty that covers return shipping. Two stars, and only because the coffee tastes good when it "
     "actually works."),
    ("Give me the pros and cons from this review as bullet points.\n\nAfter years of reading on my phone, I finally "
     "bought the Lumen Page 7 e-reader, and I have mixed but mostly positive feelings about it.\n\nThe screen is "
     "the star. It's a 7-inch display with adjustable warm lighting, and reading at night is so much easier on my "
     "eyes than a phone. Text is crisp, and the page turns are fast enough that I stopped noticing them after a "
     "day. It's also waterproof, which means I can finally read in the bath without worrying. The battery life is "
     "ridiculous: I read about an hour a day and only charge it every four or five weeks.\n\nThe physical page-turn "
     "buttons are a nice touch, and the device is light enough to hold with one hand for a long time.\n\nNow the "
     "downsides. The built-in store pushes its own books constantly, and the \"special offers\" on the lock screen "
     "are annoying unless you pay extra to remove them. Loading books from other sources works, but it takes some "
     "fiddling with file formats. The included cover is sold separately, and at $35 it feels overpriced. Library "
     "borrowing works, but only through one app, and the process took me a while to figure out.\n\nAt $189, it "
     "isn't cheap. Still, if you read a lot, I think it's worth it. I've read more books in the last two months "
     "than in the whole previous year."),
    ("Three stars for the Elevo Pro standing desk. Here's the honest version after six weeks.\n\nSetup took me "
     "about two hours alone, and the instructions were mostly pictures with no words, which made a few steps "
     "confusing. Two screws were missing, though the company mailed replacements within three days after I emailed "
     "them.\n\nOnce it was built, I was impressed with the motor. It's quiet, smooth, and it goes from sitting to "
     "standing height in about 15 seconds. The memory buttons are genuinely useful; I saved my sitting and standing "
     "heights and just press a button to switch. The bamboo top looks great and has held up well against coffee "
     "spills.\n\nMy biggest complaint is wobble. At standing height, especially above 44 inches, the desk shakes "
     "noticeably when I type. It's not enough to knock anything over, but my monitor bounces slightly, which gets "
     "distracting during video calls. Adding the optional crossbar helped a little but didn't fix it.\n\nThe cable "
     "tray is also too shallow to hold a power strip, so I had to buy a separate one.\n\nFor around $430, I "
     "expected it to be sturdier. If you're short and won't use it at maximum height, you'll probably love it. If "
     "you're tall like me, I'd spend a little more on a model with a thicker frame.\n\ntl;dr of this review?"),
    ("What does this customer actually want?\n\nTo whom it may concern,\n\nI am writing about order #HF-208817, a "
     "three-seat sofa in slate gray that I purchased from your website on August 2. At checkout, the estimated "
     "delivery window was August 20 to 27. I arranged to take a day off work on August 24 after your delivery "
     "partner confirmed that date by text.\n\nNo one showed up. I waited from 8 a.m. until 6 p.m., and when I "
     "called your customer line that evening, I was told the sofa had never actually left the warehouse because of "
     "a \"stock discrepancy.\" Nobody had bothered to tell me. I was given a new date of September 9, and I took "
     "another unpaid day off. Again, no delivery, and this time I received a message the next morning saying it was "
     "\"delayed indefinitely.\"\n\nI have now lost two days of pay and have been without a couch for over a month, "
     "since I donated my old one expecting the new one. I have spent more than three hours on hold across four "
     "calls.\n\nAt this point I would like one of two things: either a firm, guaranteed delivery date within the "
     "next ten days along with compensation for my lost wages, or a full refund of $1,249 plus the $89 delivery "
     "fee. I would prefer a written response by email rather than another phone call. If I don't hear back within a "
     "week, I will file a dispute with my credit card company.\n\nSincerely,\nTeresa Blackwood"),
    ("Summarize this support ticket for my manager:\n\nTicket #55120 — Priority: High — Product: FieldNote mobile "
     "app (Android)\n\nCustomer: Greenleaf Landscaping (business plan, 14 seats)\n\nDescription from customer: "
     "Since yesterday's app update (version 3.8.1), none of our crew members can log in on their Android phones. "
     "They enter their email and password, the loading spinner appears, and then the app returns to the login "
     "screen with no error message. iPhone users on our team are not affected, and logging in through the web "
     "browser works fine. We've tried uninstalling and reinstalling the app, clearing the cache, and resetting "
     "passwords. Nothing helps. Our crews use the app to record job notes and photos at client sites, so right now "
     "they're writing everything on paper and it's causing a lot of extra work. We have about 40 jobs scheduled "
     "this week.\n\nAgent notes: Reproduced the issue on a test Android device running version 3.8.1. Login request "
     "appears to succeed on the server side, but the app fails to store the session token. Rolling the test device "
     "back to version 3.8.0 fixes the problem. Two other business customers have reported similar symptoms in the "
     "past 12 hours. Escalated to the mobile engineering team with logs attached.\n\nWorkaround offered: Customer "
     "was sent instructions for installing version 3.8.0 directly and was told the web version can be used on "
     "phones in the meantime. Customer asked for an estimated fix time and a credit for lost productivity. Awaiting "
     "engineering response."),
    ("Give me the key points from this complaint.\n\nHi, I've been a customer of yours for six years and I've never "
     "complained before, but this last month has been unacceptable.\n\nMy home internet has gone out at least nine "
     "times since the start of the month. Most outages last between twenty minutes and two hours, usually in the "
     "evening. I work from home as a medical transcriptionist, and I've missed two deadlines because my connection "
     "dropped while uploading files. My employer has noticed, and that's a real problem for me.\n\nI called support "
     "on the 4th, the 11th, and the 19th. Each time I was told to restart the modem, which I had already done. On "
     "the 11th, a technician was scheduled, but he arrived outside the appointment window when I wasn't home, and "
     "then the visit was marked as \"customer not available.\" On the 19th, an agent told me there was a known "
     "issue in my area, but nobody ever mentioned this before or sent any notice.\n\nI'm paying $85 a month for a "
     "plan advertised as \"reliable high-speed service.\" I would like a technician to actually come out during a "
     "scheduled window, an explanation of what the area issue is and when it will be fixed, and a credit for this "
     "month's bill. If this continues, I'll have to switch providers, even though I'd rather not.\n\nThank "
     "you,\nMarcus Feld\nAccount ending in 4471"),
    ("Summarize this ticket in two sentences.\n\nSubject: Charged twice for annual subscription\n\nHello,\n\nI "
     "signed up for the annual Premium plan on your meal-planning app on March 3. I used my Visa card and the "
     "charge of $59.99 went through fine. I got a confirmation email and the Premium features unlocked right "
     "away.\n\nHowever, when I checked my bank statement this week, I noticed a second charge of $59.99 on March 5 "
     "from the same merchant name. I didn't sign up twice, and I only have one account as far as I know, under this "
     "email address. I also checked whether my partner accidentally signed up on her phone, but she doesn't even "
     "have the app installed.\n\nI tried to use the \"Request a refund\" button in the app, but it says refunds can "
     "only be requested within 48 hours of purchase, and it wouldn't let me pick which charge I was asking about. I "
     "also tried the chat bot, which kept sending me links to the FAQ.\n\nI've attached screenshots of both charges "
     "from my bank app and my original confirmation email. Could someone please look into this and refund the "
     "duplicate charge? I'm happy to keep the subscription, I just don't want to pay for it twice. I'd also "
     "appreciate knowing how this happened so it doesn't happen again next year when the plan "
     "renews.\n\nThanks,\nAisha Raman"),
    ("What's the main issue in this complaint?\n\nDear Guest Relations Team,\n\nMy husband and I stayed at the "
     "Seaview Grand from June 12 to June 16 to celebrate our 25th anniversary. We booked an ocean-view king room "
     "specifically for the occasion and mentioned the anniversary in the booking notes.\n\nWhen we arrived, we were "
     "told the ocean-view rooms were \"overbooked\" and were given a room on the second floor facing the parking "
     "garage. The front desk promised we would be moved the next morning. We asked three times over the following "
     "two days and were told each time that nothing was available, even though we saw the hotel's own website "
     "offering ocean-view rooms for those same nights.\n\nOther parts of the stay were fine. Housekeeping was "
     "excellent, and the breakfast staff were lovely. But the whole point of the trip was the view, and we paid "
     "$120 more per night for it. Our bill still shows the ocean-view rate for all four nights.\n\nWe also noticed "
     "the air conditioning made a loud rattling noise all night. Maintenance came once and said it was "
     "\"normal.\"\n\nI'm asking for a refund of the difference between the ocean-view rate and the standard rate "
     "for all four nights, which comes to $480. I'd also like an explanation of why we were not moved when rooms "
     "were clearly available. We have stayed at your properties many times and would like to keep doing "
     "so.\n\nRegards,\nGloria Martinez"),
    ("Summarize this:\n\nWhy I Get Up at 5 A.M. on Saturdays (It's the Warblers)\n\nPeople think I'm a little crazy "
     "when I tell them I'm out the door before sunrise every weekend in May. But if you want to see warblers during "
     "spring migration, early morning is everything. These tiny, brightly colored birds travel thousands of miles "
     "from Central and South America, and many of them stop in our local parks for only a day or two to rest and "
     "eat before moving on.\n\nLast Saturday I got to Cooper's Marsh at 5:40, just as the sky was going pink. "
     "Within an hour I had seen eleven warbler species, including my first ever Blackburnian warbler, which has a "
     "throat so orange it almost looks fake. I also got great looks at a chestnut-sided warbler singing from the "
     "top of a small maple.\n\nA few tips if you want to try it. Go on mornings after a night with south winds, "
     "because that's when the most birds arrive. Listen before you look; most warblers are heard long before "
     "they're seen. Bring binoculars with a close focus, since the birds are often just a few yards away in thick "
     "leaves. And be patient with your neck, because \"warbler neck\" from staring up into the trees is "
     "real.\n\nMost of all, don't worry about identifying everything. Some mornings I just stand still and enjoy "
     "the noise. The season is short, and it's worth every early alarm."),
    ("TL;DR\n\nBuilding the Riverside Line, Part 6: Finally, Scenery!\n\nAfter four months of laying track and "
     "fighting with wiring, I've finally started the fun part of my HO scale layout: scenery. For anyone new here, "
     "the Riverside Line is an 8-by-12-foot layout in my basement loosely based on a 1950s branch line that ran "
     "through a small river town.\n\nThis month I focused on the hills along the back wall. I built the basic "
     "shapes using strips of cardboard woven into a lattice, then covered them with plaster cloth. It's messy, but "
     "it's cheap and surprisingly strong. Once it dried, I painted everything a dark earth brown, because if any "
     "spot shows through later, brown looks a lot more natural than white plaster.\n\nNext came ground cover. I "
     "used three shades of fine foam turf, sprinkling the darkest in low spots and the lightest on top of ridges, "
     "which gives a sense of sunlight. Everything was glued down with a spray of diluted white glue and a drop of "
     "dish soap to help it soak in.\n\nThe biggest lesson: go slower than you think. I rushed one section near the "
     "bridge and had to peel it off and redo it.\n\nNext month I'll be adding trees. I plan to make about 150 of "
     "them from twisted wire and sea foam, so wish me luck. As always, questions are welcome in the comments."),
    ("What's the main point the writer is making?\n\nWhat My First Year of Beekeeping Actually Taught Me\n\nWhen I "
     "started keeping bees last spring, I assumed the hard part would be getting stung. It turns out stings are a "
     "minor issue. The real challenge is that beekeeping punishes impatience, and I am an impatient person.\n\nIn "
     "my first two months, I opened the hive almost every week, just because I was excited and wanted to see what "
     "was happening. An older beekeeper at my local club gently told me I was probably stressing the colony. Every "
     "time you open a hive, you disrupt the bees' temperature control and can even accidentally crush the queen. He "
     "suggested I inspect every ten to fourteen days instead, with a clear purpose each time.\n\nI also wanted "
     "honey right away. But a new colony needs to spend its first year building comb and storing food for winter. I "
     "took only two small frames in late summer and left the rest for them. That was the right call: both of my "
     "hives survived the winter, while a friend who harvested heavily lost one of hers.\n\nSo my advice to anyone "
     "thinking about starting is this: beekeeping is mostly about watching, waiting, and resisting the urge to "
     "interfere. Read a lot, join a club, and find a mentor. The bees know what they're doing far better than we "
     "do. Our job is mostly to give them space and step in only when something is clearly wrong."),
    ("Explain this to a 10-year-old:\n\nWhy I Spent Three Weekends Building a Keyboard\n\nA lot of my friends were "
     "confused when I said I was building my own computer keyboard. \"Don't they come in a box for twenty bucks?\" "
     "Sure. But mechanical keyboards are a hobby for people who type a lot and care about how it feels.\n\nMost "
     "cheap keyboards use a thin rubber sheet under the keys. When you press down, the rubber squishes and touches "
     "a circuit. A mechanical keyboard has a tiny separate switch with a spring under every single key. Different "
     "switches feel and sound different. \"Linear\" switches go straight down smoothly. \"Tactile\" ones have a "
     "little bump you can feel when the key registers. \"Clicky\" ones make a sharp click sound, which is "
     "satisfying for you and annoying for everyone nearby.\n\nFor my build, I bought a circuit board, a metal case, "
     "68 tactile switches, and a set of keycaps in a blue and cream color scheme. I soldered each switch onto the "
     "board, which took hours and one small burn on my thumb. Then I added foam inside the case to make it sound "
     "deeper and less hollow.\n\nThe result sounds like soft, muffled popcorn when I type, and I honestly type "
     "faster on it. Is it practical? Not really. It cost about $190. But I built something that I use every day, "
     "and I understand how it works. That's the fun part."),
    ("Give me the key points as bullets:\n\nUrban Sketching: How I Learned to Stop Worrying and Draw in "
     "Public\n\nTwo years ago, I'd never drawn anything outside of a doodle on a meeting agenda. Now I carry a "
     "small sketchbook everywhere, and on weekends I join a group of urban sketchers who meet at a different spot "
     "in the city each month to draw what we see.\n\nThe idea behind urban sketching is simple: you draw on "
     "location, from direct observation, not from photos. The drawings don't have to be perfect. They're more like "
     "visual diary entries, a record of the place and moment.\n\nThe hardest part for me was the fear of being "
     "watched. People do sometimes stop and look over your shoulder. What surprised me is that almost everyone is "
     "kind. Kids especially love to watch, and I've had some great conversations with strangers.\n\nMy kit is small "
     "on purpose: an A5 sketchbook with thick paper, a waterproof fine-tip pen, a pocket watercolor set with twelve "
     "colors, and a water brush that holds water in its handle. A folding stool is optional but helps on long "
     "sessions.\n\nMy best tips: start with small subjects like a cup of coffee or a bicycle before tackling whole "
     "streets. Give yourself a time limit, like fifteen minutes, so you don't overthink. Draw the big shapes first "
     "and details last. And never tear out a page, because the bad drawings show your progress."),
    ("Explain this to a 10-year-old:\n\nSleep Timing and Memory in Teenagers: A Two-Week Home Study\n\nTeenagers "
     "often go to bed late and wake early for school, but it is unclear how this affects learning. In this study, "
     "we followed 96 students aged 14 to 17 for two weeks. Each student wore a wrist device that measured sleep, "
     "and every evening they learned a list of 30 new vocabulary words in a language they did not know. The next "
     "morning, before school, they were tested on how many words they could remember.\n\nDuring the first week, "
     "students kept their normal routines. During the second week, half of the students were asked to go to bed at "
     "least one hour earlier, while the other half continued as usual. On average, students in the early-bedtime "
     "group slept 52 minutes longer per night.\n\nStudents who slept longer remembered about 18 percent more words "
     "than they had in the first week. Students in the usual-routine group showed no change. The improvement was "
     "strongest for students who had been sleeping less than seven hours at the start.\n\nThese results suggest "
     "that even modest increases in sleep can help teenagers remember new information. Because the study was short "
     "and relied on volunteers, larger studies over a full school year are needed. Still, our findings support "
     "later school start times or earlier bedtimes as simple ways to help students learn."),
    ("Summarize this in one sentence:\n\nStreet Trees and Summer Temperatures in Mid-Sized Cities\n\nCities are "
     "often several degrees hotter than the countryside around them, a pattern known as the urban heat island "
     "effect. Trees may help reduce this heat, but most research has focused on very large cities. We studied six "
     "mid-sized cities with populations between 150,000 and 400,000.\n\nOver two summers, we placed 240 small "
     "temperature sensors on lamp posts at a height of about two meters. Half were on streets with many trees, and "
     "half were on streets with few or none. We also recorded surface temperatures of sidewalks and roads using a "
     "handheld infrared camera.\n\nOn hot afternoons, air temperatures on tree-lined streets were on average 2.4 "
     "degrees Celsius cooler than on streets without trees. Sidewalk surfaces were up to 15 degrees cooler in "
     "shade. The cooling effect was strongest when tree canopy covered at least 40 percent of the street. Streets "
     "with a few scattered young trees showed little measurable benefit.\n\nNighttime temperatures were only "
     "slightly lower on tree-lined streets, likely because leaves can trap some heat near the ground after "
     "sunset.\n\nOur results suggest that planting trees in dense rows, rather than scattering them, gives the most "
     "cooling. City planners in mid-sized cities may be able to reduce summer heat significantly by focusing tree "
     "planting on streets where people walk most."),
    ("What's the main finding here, in plain words?\n\nEffects of a Common Garden Insecticide on Bumblebee "
     "Foraging\n\nBumblebees are important pollinators of crops and wildflowers, and many populations have declined "
     "in recent decades. One possible cause is exposure to insecticides used in gardens and farms. We tested "
     "whether low doses of a common insecticide, at levels similar to those found in treated flowers, change how "
     "bumblebees search for food.\n\nWe raised 20 bumblebee colonies in the lab. Ten colonies were fed sugar water "
     "containing a tiny amount of the insecticide for four weeks, and ten were fed plain sugar water. Each colony "
     "was connected by a tube to a large flight room filled with artificial flowers. We tracked individual bees "
     "using small barcode tags on their backs.\n\nBees from exposed colonies made 27 percent fewer foraging trips "
     "per day and took longer to learn which flower colors held the most sugar. By the end of the study, exposed "
     "colonies had produced about a third fewer new worker bees than the unexposed colonies.\n\nThe bees did not "
     "die from the insecticide. Instead, the effects were subtle changes in behavior that added up over time. This "
     "matters because safety tests for insecticides often look only at whether bees die, not at how well they work. "
     "We recommend that future safety testing include measures of foraging and learning."),
    ("TL;DR of this abstract:\n\nMicroplastic Particles in River Sediment Upstream and Downstream of a "
     "Town\n\nMicroplastics are tiny pieces of plastic smaller than five millimeters. They come from broken-down "
     "packaging, synthetic clothing fibers, and tire wear, among other sources. We wanted to know how much a single "
     "small town contributes to microplastic pollution in a river.\n\nWe collected sediment samples from the "
     "riverbed at 12 sites: six upstream of a town of about 20,000 people and six downstream, including two sites "
     "just below the town's wastewater treatment plant. Samples were taken in spring, summer, and fall. In the lab, "
     "we separated plastic particles from sand and mud using a salt solution, then counted and identified them "
     "under a microscope.\n\nDownstream sediments contained on average four times more microplastic particles than "
     "upstream sediments. Most particles were fibers, which likely come from washing synthetic clothing. The "
     "highest concentrations were found directly below the treatment plant, suggesting that the plant catches some "
     "but not all fibers. Levels were highest in the fall, possibly because of lower river flow.\n\nOur study shows "
     "that even small towns can be significant sources of microplastics. Simple steps such as filters on home "
     "washing machines and improved filtering at treatment plants could reduce the amount of plastic reaching "
     "rivers."),
    ("Weekly Walking Groups and Mood in Adults Over 65\n\nLoneliness and low mood are common among older adults and "
     "are linked to poorer health. Exercise is known to improve mood, but older adults often find it hard to start "
     "or stick with an exercise routine alone. We tested whether joining a weekly outdoor walking group would "
     "improve mood more than walking alone.\n\nWe recruited 180 adults aged 65 to 88 from community centers in "
     "three towns. Participants were randomly assigned to one of two groups for 12 weeks. One group met twice a "
     "week for a guided one-hour walk with about ten other people. The other group received a pedometer and a "
     "suggested walking plan to follow on their own. Mood and feelings of loneliness were measured with standard "
     "questionnaires at the beginning and end of the study.\n\nBoth groups walked more than before. However, "
     "participants in the walking groups showed larger improvements in mood and a greater drop in loneliness "
     "scores. They were also more likely to keep walking: 81 percent of group walkers finished the study compared "
     "with 58 percent of solo walkers. Many group participants said the social contact was the main reason they "
     "kept coming.\n\nThese findings suggest that the social part of group exercise may be just as important as the "
     "physical activity itself for older adults.\n\nPut this study in plain terms for me. What did they find?"),
    ("Skip the life story and summarize the actual recipe:\n\nMy grandmother, Nonna Lucia, made this lemon olive "
     "oil cake every single Sunday when I was growing up. She never wrote it down. She measured everything with the "
     "same chipped coffee cup, and it took me three summers of standing next to her in her tiny kitchen in Ohio to "
     "translate \"a little of this\" into real measurements. When she passed away two years ago, this was the first "
     "thing I baked, and the smell alone made me cry. Now my own kids ask for it every weekend, and I love that "
     "it's still being made.\n\nHere's how to make it. Preheat the oven to 350°F and grease a 9-inch round pan. In "
     "a large bowl, whisk together 3 eggs and 1 cup of sugar until pale and thick, about two minutes. Add the zest "
     "of two lemons, then slowly whisk in 3/4 cup of good olive oil and 1/2 cup of whole milk. In another bowl, mix "
     "1 1/2 cups of flour, 2 teaspoons of baking powder, and a pinch of salt. Fold the dry ingredients into the wet "
     "ones until just combined, then stir in 1/4 cup of fresh lemon juice.\n\nPour into the pan and bake for 35 to "
     "40 minutes, until a toothpick comes out clean. Let it cool for 15 minutes before turning it out. Nonna always "
     "dusted it with powdered sugar and served it with strong coffee."),
    ("TL;DR\n\nEvery October, my dad and his brother have a chili cook-off in the backyard, and every October, my "
     "dad loses. Last year he finally asked me to help him come up with something better, and after six test "
     "batches and one very gassy weekend, we created this recipe. He won for the first time in eleven years. My "
     "uncle still claims the judges were bribed.\n\nStart by browning 2 pounds of ground beef in a large heavy pot "
     "over medium-high heat. Remove the meat and cook 1 diced onion, 1 diced green pepper, and 4 minced garlic "
     "cloves in the fat for about five minutes. The secret part: stir in 3 tablespoons of chili powder, 1 "
     "tablespoon of cumin, 1 teaspoon of smoked paprika, and 1 tablespoon of unsweetened cocoa powder, and toast "
     "the spices for one minute.\n\nReturn the meat to the pot and add one 28-ounce can of crushed tomatoes, two "
     "15-ounce cans of kidney beans (drained), 1 cup of beef broth, and 1 cup of strong brewed coffee. Yes, coffee. "
     "It adds depth without tasting like breakfast. Simmer uncovered for at least an hour and a half, stirring now "
     "and then. Season with salt and a splash of cider vinegar at the end.\n\nServe with shredded cheddar, sour "
     "cream, and cornbread. It's even better the next day."),
    ("Give me the key points of this recipe as bullets.\n\nI have a confession: I used to hate banana bread. Every "
     "version I tried was either dry or so dense it felt like eating a brick. Then, during a snowstorm that kept us "
     "indoors for three days, I had a bowl of very black bananas and nothing else to do, so I started "
     "experimenting. This is the version that finally converted me, and it's now the most requested thing I bake "
     "for the neighbors.\n\nThe trick is using really ripe bananas, the kind that are almost completely black, and "
     "melted butter instead of softened butter. Here's the method.\n\nHeat your oven to 350°F and line a "
     "9-by-5-inch loaf pan with parchment. Mash 3 large overripe bananas in a bowl until mostly smooth. Stir in 1/3 "
     "cup of melted butter, then 3/4 cup of brown sugar, 1 beaten egg, and 1 teaspoon of vanilla. Sprinkle 1 "
     "teaspoon of baking soda and a pinch of salt over the mixture and stir. Finally, add 1 1/2 cups of all-purpose "
     "flour and mix gently until no dry streaks remain. Don't overmix, or it gets tough. If you want, fold in half "
     "a cup of chocolate chips or chopped walnuts.\n\nBake for 55 to 65 minutes. Cover loosely with foil after 40 "
     "minutes if the top is browning too fast. Let it cool in the pan for ten minutes, then on a rack. Wrap it "
     "tightly and it stays moist for days."),
    ("can you sum up what I actually need to do here? too much backstory lol\n\nWhen I was eight, my Polish "
     "neighbor, Mrs. Kowalczyk, invited my mom and me over on Christmas Eve, and I ate eleven potato and cheese "
     "pierogi in one sitting. She laughed so hard she had to sit down. I didn't learn to make them myself until "
     "college, when I called her, by then in her nineties, and she walked me through it over the phone for an hour. "
     "These take some time, but they freeze well, so I always make a big batch.\n\nFor the dough, mix 3 cups of "
     "flour and 1 teaspoon of salt, then add 1 egg, 1/2 cup of sour cream, and about 1/2 cup of warm water. Knead "
     "until soft and smooth, then cover and rest for 30 minutes.\n\nFor the filling, boil 2 pounds of peeled "
     "potatoes until tender, then mash them with 1 1/2 cups of shredded farmer's cheese or sharp cheddar and one "
     "onion that you've slowly cooked in butter until golden. Season well with salt and pepper and let it "
     "cool.\n\nRoll the dough thin, cut 3-inch circles, and put a spoonful of filling in each. Fold into half-moons "
     "and pinch the edges firmly to seal. Boil in salted water until they float, plus one more minute. Then fry in "
     "butter with more onions until golden on both sides. Serve with sour cream."),
    ("Summarize this:\n\nThe first time I had shakshuka was in a tiny café in Tel Aviv on a backpacking trip in my "
     "twenties. I was exhausted, sunburned, and almost out of money, and the owner brought me a sizzling pan of "
     "eggs in spicy tomato sauce with a loaf of bread and refused to let me pay. I've been trying to recreate that "
     "pan ever since. This is the closest I've come, and it's now what I make whenever friends stay over.\n\nHeat 2 "
     "tablespoons of olive oil in a large skillet over medium heat. Add 1 sliced onion and 1 sliced red bell pepper "
     "and cook until soft, about eight minutes. Stir in 3 minced garlic cloves, 1 teaspoon each of cumin and sweet "
     "paprika, and a pinch of chili flakes, and cook for one minute more. Pour in one 28-ounce can of whole "
     "tomatoes, crushing them with your spoon, and simmer for about 10 minutes until the sauce thickens. Season "
     "with salt.\n\nUse the back of a spoon to make six small wells in the sauce and crack an egg into each. Cover "
     "the pan and cook on low for 6 to 8 minutes, until the whites are set but the yolks are still runny. Finish "
     "with crumbled feta, chopped parsley or cilantro, and serve straight from the pan with crusty bread for "
     "dipping."),
    ("Give me the key points of this listing as bullets:\n\nBright 2-Bedroom Apartment Near Downtown — Available "
     "September 1\n\nSunny second-floor unit in a well-kept three-family house on a quiet, tree-lined street, just "
     "a 10-minute walk to downtown shops and the train station. About 950 square feet with hardwood floors "
     "throughout, large windows, and high ceilings.\n\nThe kitchen was updated last year with new cabinets, a gas "
     "stove, a dishwasher, and plenty of counter space. Both bedrooms fit a queen bed and have good closets. The "
     "bathroom has a tub and shower. There's a small back porch that overlooks the shared garden, which tenants are "
     "welcome to use for planting.\n\nRent is $1,850 per month. Heat and hot water are included; tenant pays "
     "electricity and internet. Free laundry in the basement. One off-street parking space is included, and street "
     "parking is easy to find.\n\nWe are looking for a 12-month lease. First month's rent and a security deposit "
     "equal to one month's rent are due at signing. No broker fee. Cats are welcome with a $200 pet deposit; sorry, "
     "no dogs because of the building's insurance. No smoking anywhere on the property.\n\nApplicants will need "
     "proof of income of at least three times the monthly rent, along with two references. Showings are available "
     "on weekday evenings and Saturday mornings. Please email with a short introduction about yourself, your "
     "move-in date, and how many people will be living in the unit."),
    ("What are the main requirements for this job? Summarize them.\n\nNow Hiring: Warehouse Shift Supervisor "
     "(Second Shift)\n\nNorthgate Distribution is looking for an experienced shift supervisor to lead a team of 15 "
     "to 25 warehouse associates at our 200,000-square-foot facility. Second shift runs Monday through Friday from "
     "2:30 p.m. to 11:00 p.m., with occasional Saturdays during our busy season from October to December.\n\nIn "
     "this role, you'll assign daily tasks, monitor productivity and accuracy, train new employees, and make sure "
     "everyone follows safety procedures. You'll work closely with the inventory and shipping teams to make sure "
     "orders leave on time, and you'll write short reports at the end of each shift.\n\nWhat we're looking for: at "
     "least two years of warehouse or logistics experience, including at least one year in a lead or supervisory "
     "role. You should be comfortable using a warehouse management system and basic spreadsheets. Forklift "
     "certification is required, or you must be willing to get certified within your first 30 days; we'll pay for "
     "the training. You must be able to stand and walk for long periods and lift up to 50 pounds. Bilingual English "
     "and Spanish is a plus but not required.\n\nPay is $26 to $29 per hour depending on experience, plus a $1.50 "
     "shift differential. Benefits include medical, dental, and vision insurance, a 401(k) with company match, and "
     "paid time off starting at 15 days per year. Apply online with your resume."),
    ("Pull out the dates and deadlines from this job posting:\n\nSummer Camp Counselors Wanted — Camp Tamarack, "
     "Pine Lake\n\nCamp Tamarack is a traditional overnight camp for kids ages 8 to 15, now in its 62nd season. "
     "We're hiring general counselors and specialists in swimming, canoeing, arts and crafts, archery, and outdoor "
     "cooking. Counselors live in cabins with campers, lead daily activities, and help create a safe and fun summer "
     "for every child.\n\nApplicants must be at least 18 years old by June 1 and able to commit to the full season. "
     "Staff orientation runs from June 14 to June 22 and is mandatory. Camp sessions run from June 23 through "
     "August 9, and all staff stay through closing day cleanup on August 10.\n\nSalary ranges from $3,200 to $4,100 "
     "for the season, depending on experience and certifications, plus room and board. Lifeguard certification is "
     "required for waterfront staff, and we will host an in-house certification course from June 10 to 13 for staff "
     "who need it.\n\nHow to apply: submit the online application and two references by March 15 for priority "
     "consideration. We'll continue to accept applications until April 30 if positions remain open. Interviews will "
     "be held by video through the end of April, and offers will be sent by May 10. All hired staff must complete a "
     "background check and submit a health form by May 31.\n\nQuestions? Our camp director is happy to talk with "
     "interested applicants by phone or email."),
    ("Summarize this in one sentence:\n\nSummer Sublet: Furnished Studio in Eastgate, June through August\n\nI'm "
     "heading abroad for a research program and am looking for someone to sublet my studio from June 1 to August "
     "31. The apartment is about 450 square feet on the fourth floor of an elevator building, with a big "
     "south-facing window that gets great light all afternoon.\n\nIt comes fully furnished with a full-size bed, a "
     "desk and chair, a small couch, a dresser, and a kitchen stocked with pots, pans, dishes, and a coffee maker. "
     "The kitchenette has a two-burner stove, a microwave, and a full-size fridge. There's a laundry room in the "
     "basement that takes a card.\n\nThe building is a five-minute walk to the Eastgate subway stop, two blocks "
     "from a grocery store, and right across from a park with a running path. The neighborhood is quiet at night "
     "but has lots of cafés and restaurants.\n\nRent for the sublet is $1,300 per month, which is a bit less than "
     "what I pay, and includes electricity, water, and Wi-Fi. I'd ask for a $500 deposit, which I'll return by "
     "mid-September. The landlord has approved subletting but requires a short application.\n\nIdeal for a student "
     "or summer intern. Non-smokers only, and unfortunately no pets. Please send me a message with a bit about "
     "yourself and why you're in the city for the summer."),
    ("Junior Front-End Developer — Remote (U.S. time zones)\n\nSmall, friendly team building scheduling software "
     "for veterinary clinics is looking for a junior front-end developer. You'll help build and improve the web app "
     "that clinic staff use every day to book appointments, send reminders, and manage patient records. Our team is "
     "11 people, fully remote, and we meet in person twice a year.\n\nWhat you'll do: build new screens and "
     "features using React and TypeScript, fix bugs reported by customers, write tests, and work closely with our "
     "designer to make the app easier to use. You'll be paired with a senior developer for your first three months "
     "and have regular code reviews.\n\nWhat we're looking for: around one year of experience building web apps, "
     "whether from a job, internship, bootcamp, or personal projects. You should be comfortable with HTML, CSS, and "
     "JavaScript, and have at least some experience with React. TypeScript experience is nice but we can teach it. "
     "Clear written communication matters a lot since we work remotely. A degree is not required.\n\nSalary range "
     "is $72,000 to $85,000. Benefits include health insurance, a $1,000 yearly learning budget, a home office "
     "stipend, and four weeks of paid vacation plus holidays. We don't expect after-hours work except for rare "
     "emergencies.\n\nTo apply, send a resume and a link to something you've built. Short cover letters only, "
     "please.\n\nTL;DR on this job post?"),
    ("Explain this warranty to a 10-year-old:\n\nLimited Two-Year Warranty — BlendMax 900 Blender\n\nBlendMax "
     "warrants that this product will be free from defects in materials and workmanship for a period of two (2) "
     "years from the date of original retail purchase, provided it is used for normal household purposes and in "
     "accordance with the instruction manual.\n\nIf a defect appears during the warranty period, BlendMax will, at "
     "its option, repair the product or replace it with a new or refurbished unit of equal or greater value, at no "
     "charge to you. The motor base is covered for the full two years. Blades, jars, and lids are covered for one "
     "(1) year.\n\nThis warranty does not cover: damage resulting from accident, misuse, or abuse; use in "
     "commercial settings such as restaurants or cafés; normal wear such as scratches or clouding of the jar; "
     "damage from blending hot liquids above the fill line; or products that have been taken apart or repaired by "
     "anyone other than an authorized service center.\n\nTo make a claim, contact customer service with proof of "
     "purchase, such as a receipt, and a description of the problem. You may be asked to send the product to us. "
     "Shipping costs to our service center are the customer's responsibility; we will pay to ship the repaired or "
     "replacement product back to you.\n\nThis warranty gives you specific legal rights, and you may also have "
     "other rights that vary from state to state."),
    ("What does this return policy actually say, in plain English?\n\nReturns and Exchanges Policy\n\nMerchandise "
     "purchased from our stores or website may be returned within thirty (30) days of the date of delivery or "
     "in-store purchase, provided that the item is unworn, unwashed, and in its original condition with all tags "
     "attached. Items returned with a valid receipt or order number will be refunded to the original form of "
     "payment. Refunds to credit and debit cards may take five to ten business days to appear, depending on the "
     "issuing bank.\n\nReturns without a receipt may be accepted at the discretion of store management and will be "
     "issued as store credit at the item's lowest selling price within the previous sixty (60) days.\n\nThe "
     "following items are final sale and may not be returned or exchanged: swimwear, undergarments, earrings, items "
     "marked \"Final Sale\" at time of purchase, and gift cards. Personalized or monogrammed items may only be "
     "returned if they arrive damaged or contain an error made by us.\n\nOnline orders may be returned by mail "
     "using the prepaid label included with your shipment. A return shipping fee of $6.95 will be deducted from "
     "your refund unless the return is due to a defect or our error. Online orders may also be returned in any of "
     "our stores at no charge.\n\nExchanges for a different size or color are free and may be processed in store or "
     "online, subject to availability. Holiday purchases made between November 1 and December 24 may be returned "
     "until January 31 of the following year."),
    ("Give me the key points of these terms:\n\nMembership Cancellation and Freeze Terms — Summit Fitness "
     "Clubs\n\nMonth-to-month members may cancel at any time by submitting a written cancellation request in person "
     "at their home club or by certified mail. Cancellations cannot be processed by phone, email, or through the "
     "mobile app. Requests must be received at least thirty (30) days before the next billing date; otherwise, one "
     "additional monthly payment will be charged.\n\nMembers on a twelve-month agreement who cancel before the end "
     "of the term will be charged an early termination fee of $150 or the remaining balance of the agreement, "
     "whichever is less. Early termination fees are waived if the member moves more than 25 miles from the nearest "
     "Summit location, with proof of new address, or provides a doctor's note stating they are medically unable to "
     "exercise.\n\nMembers in good standing may freeze their membership for a minimum of one month and a maximum of "
     "three months per calendar year. A freeze fee of $10 per month applies. Freezes must be requested at least "
     "seven days before the billing date.\n\nThe annual maintenance fee of $49 is charged every March 1 and is "
     "non-refundable, even if the membership is cancelled shortly afterward.\n\nGuest privileges, towel service, "
     "and access to other Summit locations are suspended while a membership is frozen. Any unpaid balance at the "
     "time of cancellation may be sent to a collection agency after sixty (60) days."),
    ("Pull out all the dates and deadlines in this:\n\nLease Renewal Terms — Parkside Commons\n\nYour current lease "
     "is scheduled to end on July 31. If you wish to renew, please review the following terms carefully.\n\nRenewal "
     "offers will be delivered to all residents by April 15. To accept a renewal, you must sign and return the "
     "renewal agreement through the resident portal no later than May 31. Residents who sign by May 15 will receive "
     "a one-time $150 credit applied to their August rent.\n\nRenewal options include a 12-month lease at the rate "
     "shown in your offer letter, or a 6-month lease at that rate plus $95 per month. Month-to-month arrangements "
     "are available for an additional $250 per month and require 60 days' written notice before moving out.\n\nIf "
     "you do not plan to renew, you must give written notice of non-renewal by June 1. Failure to give notice by "
     "this date may result in a charge equal to one month's rent. Move-out inspections will be scheduled between "
     "July 25 and July 31, and all keys must be returned to the leasing office by noon on July 31.\n\nSecurity "
     "deposits, minus any charges for damage beyond normal wear and tear, will be returned within 30 days of "
     "move-out to the forwarding address you provide. Residents who renew will have a routine unit inspection "
     "sometime in August, with at least 48 hours' notice before entry.\n\nPlease contact the leasing office with "
     "any questions about your renewal options."),
    ("StrideTrack Privacy Policy — Summary of Key Sections\n\nWhen you use StrideTrack, we collect information you "
     "give us directly, such as your name, email, age, height, and weight, and information collected automatically "
     "through the app, including your location during recorded workouts, step counts, heart rate data from "
     "connected devices, and basic device information like your phone model and operating system.\n\nWe use this "
     "information to provide and improve the app, show your progress over time, and suggest training plans. If you "
     "turn on social features, your workout summaries and routes can be seen by people you approve as friends. By "
     "default, your workout routes hide the first and last 200 meters to protect your home location; you can change "
     "this in settings.\n\nWe do not sell your personal information. We may share limited, de-identified data with "
     "research partners studying physical activity, and we use a small number of service providers for hosting, "
     "payment processing, and customer support, who are required to protect your data.\n\nYou can download a copy "
     "of your data or delete your account at any time from the settings menu. Deleted accounts are permanently "
     "erased within 30 days, except where we are required to keep records for legal reasons.\n\nIf you are under "
     "16, you need a parent's permission to use StrideTrack. We will notify users by email at least 14 days before "
     "any major change to this policy takes effect.\n\nTL;DR — what's the deal with my data?"),
    ("What did they end up deciding? Summarize the chat.\n\nDev: ok so are we still doing the camping trip the "
     "weekend of the 14th?\nLena: yes!! I already asked for the friday off\nSam: I'm in but my car is in the shop "
     "until the 12th so I might need a ride\nDev: no problem, I can pick you up, I'm driving anyway\nLena: where "
     "are we going though? last time Hemlock Lake was packed\nSam: what about Stony Ridge? my cousin said it's "
     "quieter and there's a creek right by the sites\nDev: I looked, Stony Ridge has two sites left for that "
     "weekend. they're $28 a night each\nLena: we only need one site if we bring the big tent\nSam: the big tent "
     "has a broken pole remember\nDev: ugh right. ok let's just book two sites, it's not that expensive split three "
     "ways\nLena: fine by me. I'll handle food if someone else does firewood and ice\nSam: I'll do firewood and "
     "ice\nDev: I'll book the sites tonight and send you both the confirmation. leaving friday around 3?\nLena: 3 "
     "works. maybe 2:30 to beat traffic\nDev: 2:30 it is. Sam I'll grab you first then Lena\nSam: perfect. someone "
     "remind me to bring the lantern\nLena: writing it down now lol"),
    ("Summarize this conversation:\n\nPriya: the deploy to staging failed again, same error as this morning\nMarco: "
     "the database migration one?\nPriya: yeah, it says the column \"archived_at\" already exists\nMarco: weird. "
     "did someone run the migration manually?\nOwen: oh. that might have been me. I ran it by hand yesterday to "
     "test something on staging\nMarco: ok that explains it. the migration tool thinks it hasn't run yet but the "
     "column is already there\nPriya: can we just drop the column and rerun?\nOwen: there's some test data in it "
     "now, but nothing important\nMarco: I'd rather not drop stuff on a Friday afternoon. can we just mark the "
     "migration as applied instead?\nPriya: that works if the column is exactly the same as what the migration "
     "would create\nOwen: it should be, I used the same script. I can double-check the type and default\nMarco: do "
     "that, and if it matches, mark it as applied and rerun the deploy\nPriya: and can we agree nobody runs "
     "migrations by hand on staging anymore? this is the second time this month\nOwen: yeah, fair, my bad. I'll add "
     "a note to the team wiki\nMarco: thanks. Priya, ping me once staging is green so I can start the QA "
     "checks\nPriya: will do"),
    ("What are the action items from this chat?\n\nJess: ok house meeting via text since nobody is ever home at the "
     "same time\nRavi: lol fair\nTom: what's up\nJess: the kitchen is getting bad again. there were dishes in the "
     "sink for like four days this week\nTom: some of those were mine, sorry, I had finals\nRavi: I think we need "
     "an actual schedule instead of \"whoever notices\"\nJess: agreed. what if each person takes one week for "
     "kitchen, one week for bathroom, one week for trash and recycling, and we rotate\nTom: works for me. who "
     "starts with what\nJess: I'll take kitchen this week, Ravi bathroom, Tom trash\nRavi: fine. also we're out of "
     "dish soap and paper towels\nTom: I can grab those tomorrow, I'm going to the store anyway. venmo me?\nJess: "
     "yes just send the total\nRavi: also rent is due on the 1st and the landlord wants it in one payment "
     "again\nJess: I'll collect it. please send me your share by the 29th\nTom: ok. and can someone call about the "
     "dryer? it still doesn't heat up\nRavi: I'll email the landlord about the dryer tonight\nJess: great. I'll "
     "make the chore chart and stick it on the fridge"),
    ("TL;DR of this family chat?\n\nAunt Rosa: Hi everyone! Grandma turns 90 on June 8th and I think we should do "
     "something special\nMike: definitely. party at her house?\nAunt Rosa: her house is too small for all of us. I "
     "was thinking the back room at Giordano's, she loves their lasagna\nCarla: yes! but does she want a big party? "
     "she told me last year she hates surprises\nMike: so don't make it a surprise. just tell her\nAunt Rosa: ok, "
     "no surprise. I'll ask her this weekend if she's ok with it\nCarla: if she says yes I can call Giordano's "
     "about booking for the Saturday, that's the 7th\nMike: I'll put together a slideshow with old photos. everyone "
     "send me pictures by the end of May\nAunt Rosa: I have boxes of them, I'll scan some\nCarla: what about a "
     "gift? maybe we all chip in for something nice\nMike: she keeps saying she wants a new recliner\nAunt Rosa: "
     "perfect. let's do $50 per family and I'll order it\nCarla: sounds good. Uncle Jim is going to want to give a "
     "speech btw\nMike: lol keep it under ten minutes this time\nAunt Rosa: I'll tell him. ok I'll report back "
     "after I talk to Grandma!"),
    ("Summarize this in one sentence:\n\nNora: hey, did you ever get the package I sent for your birthday?\nEli: "
     "no?? what package\nNora: I mailed it two weeks ago! tracking says delivered last Tuesday\nEli: nothing came "
     "here. are you sure it went to the new address?\nNora: oh no. which one is new, Birch Street?\nEli: yes, I "
     "moved out of the Franklin Ave place in March\nNora: ugh, I think I used the old address saved in my "
     "account\nEli: it's ok, maybe the new tenants still have it. I can go knock on the door\nNora: would you? I'd "
     "feel terrible if it's lost, it was the blue scarf you liked at the market\nEli: aww, I'll go by this weekend. "
     "I'm still friendly with the landlord too, I can ask him\nNora: thank you. if it's gone I'll just order you "
     "another one\nEli: don't worry about it yet. also please update my address lol\nNora: doing it right now. "
     "Birch Street, number 22?\nEli: 22B, there's a second unit\nNora: got it. sorry again\nEli: no worries, I'll "
     "let you know what happens"),
    ("What does this email want from me?\n\nSubject: Upcoming unit inspection and a few reminders\n\nHi "
     "Daniel,\n\nI hope you're doing well. I'm writing to let you know that the building's annual fire safety "
     "inspection is scheduled for Thursday, October 16, between 9 a.m. and 1 p.m. The inspector will need to enter "
     "every unit to check the smoke detectors, the carbon monoxide detector, and the fire extinguisher under the "
     "kitchen sink. You don't need to be home, but if you have a pet, please make sure it's secured in a crate or a "
     "closed room during that window.\n\nAlso, while I have you, I noticed in the last walkthrough that there was a "
     "bicycle stored in the hallway outside your door. The fire code doesn't allow anything to block hallways, so "
     "please move it into your unit or to the bike room in the basement before the inspection. If you need a key to "
     "the bike room, just let me know and I'll leave one in your mailbox.\n\nFinally, we'll be repainting the "
     "stairwells the week after, from October 20 to 24. There may be some paint smell, and the east stairwell will "
     "be closed on some days, so please use the elevator or the west stairs.\n\nCould you reply to confirm you've "
     "received this message and let me know whether you need the bike room key?\n\nThanks so much,\nKaren "
     "Holt\nProperty Manager, Linden Court Apartments"),
    ("Summarize this letter for me:\n\nDear Sam,\n\nIt has been far too long since I last wrote, and I'm sorry for "
     "that. The past year has been a whirlwind. As you probably heard from your mother, I finally left the bank in "
     "February. After twenty-two years of spreadsheets, I decided it was now or never, and I've started a small "
     "pottery studio in the old garage behind the house. Harold thinks I've lost my mind, but he also uses my mugs "
     "every morning, so I suspect he's secretly proud.\n\nThe studio is going better than I expected. I sell mostly "
     "at the Saturday market and to two little shops in town, and I've started teaching a beginners' class on "
     "Wednesday nights. Most of my students are retirees like me, and we laugh more than we make anything "
     "useful.\n\nIn other news, our Lucy is expecting her first baby in November, so I'm about to be a grandmother, "
     "which makes me feel very old and very happy at the same time. We've been knitting little hats like "
     "mad.\n\nHow are you and Maya? Did you end up taking the job in Portland? Your last email mentioned you were "
     "thinking about it. I'd love to hear how everything turned out.\n\nIf you're ever back east, you have a bed "
     "here and a mug with your name on it. Please write soon, even just a few lines.\n\nWith love,\nAunt June"),
    ("Pull out the dates and deadlines from this email:\n\nSubject: Next steps for your presentation at the "
     "Regional Water Conference\n\nDear Dr. Okonkwo,\n\nCongratulations again on the acceptance of your talk, "
     "\"Low-Cost Sensors for Monitoring Small Reservoirs,\" for this year's Regional Water Conference in Milton on "
     "September 24–26. We're excited to have you on the program.\n\nTo help us prepare, please note the following. "
     "Your presentation is scheduled for Thursday, September 25, at 10:40 a.m. in Room B, as part of the session on "
     "monitoring technologies. Each speaker has 15 minutes to present followed by 5 minutes for "
     "questions.\n\nPlease confirm your attendance and register as a speaker by July 18. Speaker registration is "
     "discounted to $175 until that date; after that, the standard rate of $320 applies. A final version of your "
     "abstract, if you would like to make changes, is due August 1. Slides should be uploaded to the conference "
     "portal no later than September 19 so our technical team can test them. Please use the 16:9 template attached "
     "to this email.\n\nIf you need a hotel room, our block at the Riverside Inn is available at the conference "
     "rate until August 22. After that, rooms will be released to the public.\n\nFinally, we would appreciate a "
     "short speaker biography of about 100 words and a headshot by August 15 for the printed program.\n\nPlease "
     "don't hesitate to reach out with any questions.\n\nBest regards,\nHelen Carver\nProgram Committee Chair"),
    ("Give me the key points from this email.\n\nSubject: Q3 priorities and some changes to how we work\n\nHi "
     "team,\n\nNow that Q2 is wrapped up, I want to share where we're focusing for the next three months and a "
     "couple of process changes.\n\nFirst, the big picture. Our top priority in Q3 is finishing the customer portal "
     "redesign. We've promised the beta to ten clients by mid-August, and I'd rather ship a smaller version on time "
     "than a bigger version late. Our second priority is reducing support tickets related to billing, which went up "
     "30 percent last quarter. Nadia will lead a small group to figure out the main causes.\n\nSecond, we're "
     "changing our meeting schedule. Starting next week, the Monday status meeting will be replaced with short "
     "written updates posted in the team channel by 10 a.m. each Monday. We'll keep the Thursday meeting, but it "
     "will focus on problems and decisions rather than status. I know many of you felt we had too many meetings, "
     "and I heard that.\n\nThird, a few staffing notes. Chris is moving to the data team at the end of the month, "
     "and we'll be hiring a replacement. If you know anyone good, send them my way. Also, please make sure your "
     "vacation plans for August are on the shared calendar by July 15 so we can plan coverage.\n\nThanks for a "
     "strong quarter. I'm really proud of what this team did.\n\nBest,\nAlicia"),
    ("My dear Tomás,\n\nYour grandfather and I were so pleased to get your letter and the photos from your first "
     "month at university. You look so grown up in that picture in front of the library, although your grandfather "
     "says you need a haircut, as usual.\n\nI want you to know how proud we are. When your father was your age, he "
     "was already working at the factory, and he always wished he could have studied. Now here you are, the first "
     "in our family to go to university. Every time I tell my friends at church, I get a little teary.\n\nI know "
     "from your letter that the first weeks have been hard. Being far from home and not knowing anyone is lonely, "
     "and the classes sound much harder than high school. But please be patient with yourself. Everyone feels lost "
     "at the beginning. Join a club, say yes when people invite you somewhere, and don't be shy about asking your "
     "professors for help. That is what they are there for.\n\nAlso, please eat real food and not just noodles from "
     "a cup. I'm sending a package next week with some of my empanadas, wrapped well, and a warm sweater because "
     "your mother says your dorm is cold.\n\nCall us on Sunday if you can. Your grandfather has learned to use the "
     "video app and is very proud of himself.\n\nAll our love,\nAbuela\n\nCan you shorten this to two or three "
     "sentences?"),
    ("Summarize this story:\n\nThe Fox and the Dry Well\n\nIn a summer when no rain had fallen for many weeks, a "
     "thirsty fox wandered through the fields looking for water. At last he came upon an old stone well. He leaned "
     "over the edge and saw, far below, a faint glimmer. Without stopping to think, he jumped in.\n\nThere was only "
     "a shallow puddle at the bottom, barely enough to wet his tongue, and the walls were too high and smooth to "
     "climb. The fox sat in the mud and realized his mistake.\n\nAfter a while, a goat passed by and peered down. "
     "\"Is the water good?\" the goat asked.\n\nThe fox saw his chance. \"It's the sweetest water in the valley,\" "
     "he said. \"Come down and drink.\"\n\nThe goat began to lean forward, but then he paused. He looked at the "
     "fox's muddy fur, at the steep walls, and at the lack of any way out. \"If the water is so plentiful,\" said "
     "the goat, \"why are you sitting in the mud instead of drinking it? And how do you plan to climb out?\"\n\nThe "
     "fox had no answer. The goat shook his head, walked to the farmer's house, and told him an animal was trapped "
     "in the well. The farmer lowered a bucket, and the fox, embarrassed, climbed into it and was pulled "
     "up.\n\nMoral: Look at how a thing ends before you decide how to begin it."),
    ("What's the main point of this story?\n\nThe Lighthouse Keeper\n\nFor forty years, Elias kept the lighthouse "
     "on Gull Point. Every evening he climbed the 112 steps, trimmed the wick, polished the great lens, and lit the "
     "lamp. Every morning he put it out and wrote a single line in his logbook: \"Light kept. No ships "
     "lost.\"\n\nMost nights, nothing happened. Ships passed in the distance, and Elias never knew their names. "
     "Sometimes weeks went by without a single vessel. The people in the village thought his job was dull and a "
     "little pointless. \"What does it matter,\" they asked, \"if a lamp burns over an empty sea?\"\n\nWhen Elias "
     "finally grew too old to climb the stairs, a young woman named Ada took his place. On his last day, he handed "
     "her the logbook. She flipped through thousands of pages, all the same. \"Didn't you ever wish something "
     "exciting would happen?\" she asked.\n\nElias smiled. \"Every line in that book is something that happened,\" "
     "he said. \"Every night a ship did not wreck is a night someone came home. You just never get to see "
     "it.\"\n\nThat winter, during a terrible storm, a fishing boat lost its way near the rocks. The captain saw "
     "the light on Gull Point just in time and turned away from the reef. He never knew Ada's name, and she never "
     "knew his. In the morning, she wrote in the logbook: \"Light kept. No ships lost.\""),
    ("Summarize this in one sentence:\n\nThe Red Kite\n\nMina was seven when her grandfather built her a kite out "
     "of red paper, bamboo sticks, and string. It was lopsided, and the tail was made from strips of an old shirt. "
     "The other children on the hill had bright store-bought kites shaped like dragons and birds, and they laughed "
     "when they saw hers.\n\nThe first time Mina tried to fly it, the kite spun in circles and crashed into the "
     "grass. She tried again, and it crashed again. She wanted to go home. Her grandfather didn't say anything. He "
     "just picked up the kite, tied two more strips of cloth onto the tail, and handed it back to her.\n\nThis "
     "time, when the wind came, the kite rose. It wobbled at first, then steadied and climbed higher and higher, "
     "until it was above all the other kites. The dragons and birds were tangling in the trees, but the little red "
     "kite sailed on, small and bright against the clouds.\n\nThe children stopped laughing. One of them asked "
     "where she had bought it. \"My grandfather made it,\" Mina said proudly, \"and we fixed it together.\"\n\nMany "
     "years later, after her grandfather had died, Mina found the red kite in a box in his attic. The paper was "
     "faded, and one stick was cracked. She took it to the hill with her own daughter, tied on a new tail, and let "
     "it fly."),
    ("TL;DR\n\nThe Last Librarian of Kepler Station\n\nBy the year 2240, nobody on Kepler Station read physical "
     "books anymore. All information flowed through implants directly into people's minds. But in a forgotten "
     "corner of Ring C, there was still a room of paper books, and a woman named Odile still looked after "
     "it.\n\nShe dusted the shelves every morning and opened the door every day at nine, even though no one had "
     "visited in eleven years. Station administrators kept asking to turn the room into storage space, but a "
     "forgotten rule from the station's founders protected it.\n\nThen one day the station's central network "
     "failed. A solar storm had corrupted the data systems, and for the first time in their lives, people could not "
     "simply know things. Engineers could not remember how to repair the oxygen scrubbers. Doctors could not recall "
     "dosages. Panic spread through the rings.\n\nA young engineer named Tavi wandered into Ring C looking for "
     "spare parts and found Odile's library instead. On a lower shelf, she found an old technical manual for the "
     "original life-support systems, printed two centuries before. With Odile's help, the engineers found the pages "
     "they needed and repaired the scrubbers in time.\n\nWhen the network came back, the administrators did not "
     "turn the library into storage. Instead, they built a second one, and Odile spent her last years teaching "
     "children how to read."),
    ("Explain this story to a 10-year-old. What's the lesson?\n\nThe Crow and the Tortoise\n\nA crow and a tortoise "
     "lived near the same pond. The crow could fly over the whole valley and see where the best berries grew, but "
     "she had trouble carrying much in her beak. The tortoise moved slowly, but his shell was strong, and he could "
     "carry heavy things on his back.\n\nFor years they ignored each other. The crow thought the tortoise was dull "
     "and slow. The tortoise thought the crow was noisy and proud. Each of them went hungry through the long "
     "winters, because neither could gather enough food alone.\n\nOne autumn, the crow spotted a huge patch of ripe "
     "berries on the far side of the hill, more than she could ever carry. She landed by the pond, grumbling. The "
     "tortoise overheard her and said, \"I can carry a great deal, but I never know where to go.\"\n\nThe crow "
     "thought for a moment. \"I know where to go,\" she said, \"but I can't carry much.\" So they made a plan. The "
     "crow flew ahead to show the way, and the tortoise followed, carrying baskets woven from reeds on his back. It "
     "took them three days, but they came home with enough berries for both of them to last the whole "
     "winter.\n\nFrom then on, they worked together every fall, and neither of them ever went hungry again."),
    ("What does this voicemail want from me?\n\nTranscript of voicemail, received Tuesday 4:17 p.m.:\n\n\"Hi, this "
     "message is for Jonathan Reyes. This is Brianna calling from Bright Smile Dental on Main Street. I'm calling "
     "because it looks like you're due for your six-month cleaning and checkup. Your last visit was back in March. "
     "Also, Dr. Patel noted at your last appointment that she wanted to take another look at that upper left molar, "
     "the one with the small crack, so she'd like to get some new X-rays of that tooth when you come in.\n\nWe have "
     "a few openings next week. We've got Wednesday at 8:30 in the morning, Thursday at 2:15, or Friday at 11:00. "
     "If none of those work, we're also booking into the first two weeks of next month.\n\nOne other thing: we "
     "recently switched our insurance billing system, and we noticed we don't have your updated insurance card on "
     "file since you mentioned you changed jobs. Could you bring the new card with you, or you can email a photo of "
     "the front and back to our office address, that'd be great.\n\nYou can call us back at the front desk. We're "
     "open Monday through Thursday from 8 to 5 and Fridays from 8 to noon. Or you can book online through the "
     "patient portal if that's easier. Okay, thanks so much, Jonathan, have a great day. Bye.\""),
    ("Summarize this podcast snippet:\n\n[Transcript excerpt from \"Money on Monday,\" episode 112]\n\nHOST: So a "
     "listener wrote in asking, \"I have about $4,000 in credit card debt and $2,000 in savings. Should I use my "
     "savings to pay off the card?\" And honestly, this one comes up all the time.\n\nGUEST: Right, and it's a "
     "great question. The math says the credit card is probably charging you something like 22 or 24 percent "
     "interest, and your savings account is earning maybe four percent, if you're lucky. So every month you keep "
     "both, you're basically paying to hold onto that cash.\n\nHOST: So the answer is pay it off?\n\nGUEST: Mostly, "
     "but not all of it. I always tell people to keep a small emergency cushion. Even $1,000. Because if you drain "
     "your savings to zero and then your car breaks down next month, what happens? It goes right back on the card, "
     "and you feel like you failed.\n\nHOST: So maybe pay $1,000 toward the card now and keep $1,000 as a "
     "buffer?\n\nGUEST: Exactly. And then, this is the key part, you set up an automatic payment that's bigger than "
     "the minimum, and you stop using that card for daily spending until it's paid down. Otherwise you're just "
     "refilling the bucket while you're trying to empty it.\n\nHOST: I like that. Pay down, keep a cushion, and cut "
     "up the card, at least metaphorically.\n\nGUEST: Metaphorically is fine. Just put it in a drawer."),
    ("Give me the key points from this podcast transcript as bullets.\n\n[From \"The Dirt,\" a gardening podcast, "
     "episode 48]\n\n\"Okay, so today I want to talk about tomatoes, because every single spring, I get the same "
     "questions, and most of them come down to three mistakes.\n\nMistake number one: planting too early. I know, "
     "the garden center has tomato plants out in April and you get excited. But tomatoes hate cold soil. If you "
     "plant them before nighttime temperatures stay above about 50 degrees Fahrenheit, they just sit there and "
     "sulk. Sometimes for weeks. You don't gain anything by rushing.\n\nMistake number two: watering "
     "inconsistently. This is the big one. If the soil goes bone dry and then you soak it, the fruit can crack, or "
     "you get that dark, leathery spot on the bottom of the tomato called blossom end rot. The fix is deep watering "
     "two or three times a week, and a thick layer of mulch, like straw or shredded leaves, to keep the moisture "
     "even.\n\nMistake number three: not giving them support early. People wait until the plant is flopping over to "
     "add a cage or a stake, and then they snap the stems trying to wrestle it in. Put your support in the ground "
     "on planting day.\n\nAnd one bonus tip: bury the stem deep. Tomatoes can grow roots all along the stem, so if "
     "you plant them up to the first set of leaves, you get a much stronger plant. Alright, let's get to listener "
     "questions.\""),
    ("What are the action items from this voicemail?\n\nVoicemail transcript from Rick at Hartman "
     "Renovations:\n\n\"Hey, Mrs. Alvarez, it's Rick from Hartman, about the bathroom project. Good news, the new "
     "tile came in today, so we're still on track to start demo on Monday the 12th. A couple of things I need from "
     "you before then, though.\n\nFirst, I need you to make a final decision on the vanity. You were going back and "
     "forth between the white one and the gray oak one. The supplier needs the order by this Friday, or it pushes "
     "us back about two weeks.\n\nSecond, we'll need the water shut off to the upstairs for most of Monday and "
     "Tuesday. Just wanted you to know so you can plan around that. The downstairs half bath will still "
     "work.\n\nThird, can you clear out everything from the bathroom closet and the vanity drawers over the "
     "weekend? And if you've got anything hanging on the hallway walls right outside, maybe take that down too, "
     "because we'll be carrying stuff in and out.\n\nOh, and the second payment, the thirty percent one, is due "
     "when we start demo, so on Monday. A check is fine, or you can do the bank transfer like last time.\n\nGive me "
     "a call back when you get a chance, especially about the vanity. My cell's the best number. Thanks, talk "
     "soon.\""),
    ("[Transcript from \"Hidden Histories of Small Towns,\" episode 23]\n\nHOST: So the story of the Millbrook "
     "clock tower actually starts with an argument. In 1891, the town had two churches, and each one had a bell, "
     "and each one rang it at noon. The problem was, they never agreed on when noon was.\n\nGUEST: Right, there was "
     "no standard time back then in most small towns. Each church set its clock by the sun, or by the pastor's "
     "pocket watch. So you'd hear one bell, and then four or five minutes later, the other one.\n\nHOST: And this "
     "caused real problems?\n\nGUEST: It did, especially once the railroad came through in 1889. Trains ran on "
     "railroad time, and people kept missing them. There's a newspaper story about a wedding party that missed the "
     "train to the city because the bride's family went by one church's clock and the groom's family went by the "
     "other's.\n\nHOST: That's amazing.\n\nGUEST: So the town council decided to build a neutral clock, not "
     "attached to either church, and set it to railroad time. They paid for it with a lumber tax, and it was "
     "finished in 1893. It's still running today, and it's still set to the same time as the trains.\n\nHOST: And "
     "the churches?\n\nGUEST: They eventually adjusted their bells to match the tower. Took about ten years, but "
     "they got there.\n\nGive me a quick TL;DR of this."),
    "Give me a short summary of Mary Shelley's Frankenstein.",
    "I started The Count of Monte Cristo but gave up halfway. Can you summarize how the rest of the story goes?",
    "What happens in Jane Eyre? Give me the main plot in a short paragraph; spoilers are fine.",
    "Summarize the movie Casablanca for someone who has never seen it.",
    "Give me a quick summary of what happened during the Cuban Missile Crisis.",
    "Briefly summarize the Apollo 11 moon landing: who went, what they did, and why it mattered.",
    "Can you give me a short summary of what the Magna Carta was and why people still talk about it?",
    "Summarize Darwin's theory of natural selection in a few sentences.",
    "tldr of the French Revolution? I have a quiz tomorrow",
    "Give me a brief summary of The Wizard of Oz, the 1939 film.",
]

MULTI = [
    ("How long should I boil eggs for a jammy yolk?",
     "About 6 to 7 minutes in already-boiling water, then move them straight into ice water. Are you using "
     "large eggs straight from the fridge?",
     ["yes, large and cold from the fridge",
      "What if I want them fully hard-boiled instead?",
      "Why do my eggs always crack when I drop them in?"]),
    ("I want to start doing push-ups but I can't do even one. Where do I start?",
     "Start with wall push-ups or push-ups on a kitchen counter, and lower the surface as you get stronger. "
     "How many days a week can you practice?",
     ["probably 3 days a week",
      "How many sets and reps should I do?",
      "Are knee push-ups better than incline ones?"]),
    ("In SQL, what's the difference between WHERE and HAVING?",
     "WHERE filters rows before grouping, while HAVING filters groups after GROUP BY, so it can use aggregates "
     "like COUNT or SUM.",
     ["Can I use both in the same query?",
      "Can you show an example with COUNT?",
      "Is one of them faster than the other?"]),
    ("I'm going to Lisbon for four days in October. What should I pack?",
     "October there is usually mild, around 18–22°C, with some rain, so bring layers, a light rain jacket and "
     "comfortable shoes for the hilly cobblestone streets. Are you planning any day trips?",
     ["maybe Sintra for a day",
      "Do I need a power adapter from the US?",
      "Is it better to carry cash or cards there?"]),
    ("my homework says find the area of a triangle with base 9 cm and height 14 cm, how?",
     "Use area = ½ × base × height, so ½ × 9 × 14 = 63 square centimetres.",
     ["Why do we divide by 2?",
      "What if I only know the three side lengths?",
      "How would I find the perimeter instead?"]),
    ("My tomato plant leaves are turning yellow from the bottom up. What's wrong?",
     "Yellowing lower leaves often mean too much water or not enough nitrogen. Are the plants in pots or in "
     "the ground?",
     ["they're in big pots on my balcony",
      "Should I cut off the yellow leaves?",
      "What fertilizer would you recommend?"]),
    ("My car makes a squealing noise when I brake. Is that serious?",
     "A squeal when braking usually means the brake pads are worn down to their wear indicators, so get them "
     "checked soon. How many miles since your last brake service?",
     ["maybe 40,000 miles",
      "How much does replacing brake pads usually cost?",
      "Is it safe to drive until next week?"]),
    ("Which was built first, the Great Wall of China or the pyramids of Giza?",
     "The pyramids of Giza came first, around 2600–2500 BC; the earliest sections of the Great Wall date to "
     "about the 7th century BC.",
     ["Who built the pyramids?",
      "How long is the Great Wall?",
      "Why was the Great Wall built in the first place?"]),
    ("Should I pay off my credit card or put money into savings first?",
     "Usually pay off high-interest credit card debt first, while keeping a small emergency fund. What's the "
     "interest rate on the card?",
     ["it's about 24%",
      "How big should the emergency fund be?",
      "Would a balance transfer card help?"]),
    ("My bathroom sink drains really slowly. How can I fix it myself?",
     "Try pulling the stopper and clearing out hair with a plastic drain tool, then flush with hot water. Have "
     "you tried a plunger yet?",
     ["no, I haven't",
      "Does baking soda and vinegar actually work?",
      "What if none of that helps?"]),
    ("I need a gift for my coworker who's leaving. Budget is about $30.",
     "Something useful for her next step works well, like a nice notebook, a plant, or a gift card to a café. "
     "Do you know any of her hobbies?",
     "she loves gardening",
     "Then a set of good pruning shears or a few herb seed packets with a pretty pot would fit your budget.",
     ["Where can I buy nice pruning shears?",
      "What should I write in the card?",
      "Should the whole team chip in instead?"]),
    ("Can you help me write the opening line of a short story?",
     "Sure! What's the story about, and what mood do you want: funny, eerie, or heartfelt?",
     "it's about a lighthouse keeper, and I want it eerie",
     "Try: \"The light had been off for three nights, yet every ship still turned away from the rocks.\"",
     ["Can you give me two more options?",
      "Make it a bit shorter",
      "How should the next paragraph start?"]),
    ("My cat keeps scratching the couch. How do I stop it?",
     "Give her a sturdy scratching post near the couch and reward her when she uses it. Is the post you have "
     "tall enough for her to stretch fully?",
     "we don't have one yet",
     "Get one at least 80 cm tall with sisal rope, and rub a little catnip on it to draw her in.",
     ["Should I cover the couch in the meantime?",
      "How long until she stops using the couch?",
      "Is trimming her nails a good idea too?"]),
    ("What's the best way to study for a biology exam in two weeks?",
     "Spread your study over the two weeks with short daily sessions and test yourself instead of just "
     "rereading. How many chapters does the exam cover?",
     "6 chapters",
     "Cover about one chapter every two days with flashcards and practice questions, and keep the last two days "
     "for review.",
     ["How do I make good flashcards?",
      "Should I study with friends?",
      "What if I fall behind on the schedule?"]),
    ("I'm stuck in chess. I keep losing my queen early.",
     "A common cause is bringing the queen out too soon, where the opponent's pieces can chase it. Do you "
     "usually move it in the first five moves?",
     "yeah, usually on move 2 or 3",
     "Develop your knights and bishops first and castle, then bring the queen out once your position is "
     "safe.",
     ["What's a good opening for beginners?",
      "How do I stop falling for forks?",
      "Any good free apps for practicing?"]),
    ("I want to drink more water during the day but I keep forgetting.",
     "Keep a refillable bottle on your desk and tie drinking to routines, like a glass with every meal. How "
     "much do you drink now?",
     "maybe 2 glasses a day",
     "Aim to add one more glass each week until you reach about 6 to 8, so it becomes a habit gradually.",
     ["Does coffee count toward it?",
      "Are reminder apps worth using?",
      "Can I add lemon or does that matter?"]),
]

math_prompts = word_problems(MATH_FORMS, MATH_NAMES)


def build(seed: int = 2031):
    return free_form(sys.modules[__name__], random.Random(seed), "vu", 0.3, 0.25, 40)


if __name__ == "__main__":
    main(build, DEFAULT_OUT)
