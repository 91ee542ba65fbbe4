"""A seventh pool of varied distillation prompts: questions that want facts, advice and everyday
explanations, summaries of long pasted passages, and new writing, code, how-to, list, math and
chat prompts.

After the sixth pool (``training/varied_sixth.py``) general questions stood at 1.73 tokens/step at
k = 4 (the issue asks 1.8), and their drafts miss on content: names, dates, figures, the next
clause of a fact, which the base model gets from its weights. This pool's general questions are
mostly of that kind (230 that want facts: history of many regions, people and inventions, the
body, animals, everyday science, food, languages, religions and festivals, the arts, sport,
landmarks), with 160 that want advice or an everyday explanation; 60 summaries of pasted
passages of 209-249 words (news, announcements, minutes, reviews, tickets, abstracts, recipes,
postings, invitations, terms, diaries, transcripts, stories, lab reports, newsletters, forum posts)
and 10 of famous works or events; then 100 writing requests, 60 code, 40 how-to, 40 lists, 40
math (22 new forms) and 16 chats.

Its ids start ``vs-``, so the answers distilled for the earlier pools stay valid. Every prompt was
scanned for exact and near (word-overlap) matches with the earlier pools and the held-out set
(``data/heldout-varied.jsonl``); ``training/tests/test_recipes.py`` checks that none is shared.

    python -m training.varied_seventh   # writes training/data/prompts-varied-seventh-train.jsonl
"""
from __future__ import annotations

import os
import random
import sys

from .varied import HERE, free_form, main, word_problems
from .varied_sixth import HOWTO_LEADS, MATH_NAMES  # the same leads and names as the sixth pool

DEFAULT_OUT = os.path.join(HERE, "data", "prompts-varied-seventh-train.jsonl")

# Questions that want facts (who, when, where, what happened, how a thing works), then questions that want advice
# or an everyday explanation.
GENERAL = [
    "who invented the stethoscope",
    "What was the Meiji Restoration?",
    "Who was Mansa Musa?",
    "What is the Rosetta Stone and why was it so important?",
    "Who designed the Sydney Opera House?",
    "Who wrote One Hundred Years of Solitude?",
    "What is the capital of Kazakhstan?",
    "Which river flows through Baghdad?",
    "What is the Hindu festival of Holi about?",
    "Who was Ashoka the Great?",
    "What's the difference between a llama and an alpaca?",
    "who were the first people to reach the summit of Everest",
    "What is Hangul and who created it?",
    "Who invented the cotton gin?",
    "What was the Haitian Revolution?",
    "Who was Simón Bolívar?",
    "What does the pancreas do?",
    "Why do Brazilians speak Portuguese instead of Spanish?",
    "Where does sushi originally come from?",
    "Who was Ibn Battuta?",
    "What is Diwali and how is it celebrated?",
    "who founded Sikhism",
    "What was Great Zimbabwe?",
    "Who discovered the double helix structure of DNA?",
    "What happens during Ramadan?",
    "Who invented the steam engine?",
    "what's the deal with the Terracotta Army",
    "How were the Nazca Lines made?",
    "What is cuneiform?",
    "Who built Machu Picchu?",
    "What was the Tang dynasty known for?",
    "who was Shaka Zulu",
    "Who was Hatshepsut?",
    "What is the Kaaba?",
    "Who came up with the periodic table?",
    "What is the national sport of Canada?",
    "Who wrote The Tale of Genji?",
    "What is the Great Rift Valley?",
    "When was the first Cricket World Cup held?",
    "Where does the Danube start and end?",
    "What's the capital of Mongolia?",
    "How did jazz start?",
    "What was the first movie ever made?",
    "Who gave the Statue of Liberty to the United States, and why?",
    "What is Kwanzaa?",
    "who invented the jet engine",
    "What is the Higgs boson?",
    "What was the Boxer Rebellion?",
    "Where was pizza invented?",
    "What are the basic rules of sumo wrestling?",
    "What is the Mahabharata about?",
    "Who was Wangari Maathai?",
    "Which is bigger, Lake Victoria or Lake Superior?",
    "What do mitochondria do?",
    "Who invented the pencil?",
    "How do tones work in Mandarin Chinese?",
    "Who was Harriet Tubman?",
    "When did the Spanish flu pandemic happen?",
    "When was Angkor Wat built?",
    "Who was Sun Yat-sen?",
    "What is the Hajj?",
    "What's a black hole's event horizon?",
    "Who painted The Starry Night?",
    "who wrote the Communist Manifesto",
    "What was the Harlem Renaissance?",
    "Who was Catherine the Great?",
    "What is the Amazon River's source?",
    "How do chameleons' tongues work?",
    "What's the difference between Mandarin and Cantonese?",
    "Who first split the atom?",
    "Where is Timbuktu?",
    "What was the Trail of Tears?",
    "Who was Confucius?",
    "what is a bear market",
    "What is the Day of the Dead?",
    "Who discovered X-rays?",
    "who invented the zipper lol",
    "What's the capital of Nigeria, and was it always that city?",
    "Which countries does the Mekong River flow through?",
    "When was the Channel Tunnel opened?",
    "Who was the first woman to fly solo across the Atlantic?",
    "Explain the Columbian Exchange in a few bullet points.",
    ("Who were the Incas, and how did they run such a huge empire without a writing system? Keep it under 150 "
     "words."),
    "As a short timeline, how did the Russian Revolution of 1917 unfold?",
    "What was the Scramble for Africa? Give me the key dates.",
    "In a bullet list, what were the most important inventions of the Song dynasty?",
    "How did ancient Polynesians navigate across thousands of miles of open Pacific without instruments?",
    "What's the difference between Sunni and Shia Islam? Please keep it neutral and factual.",
    "Where did the tradition of decorating Christmas trees come from?",
    "Why is Chinese New Year on a different date every year?",
    "What does Passover commemorate, and what's on the Seder plate?",
    "Who was Mary Seacole and why is she remembered?",
    "Quick one: what is the Pacific Ring of Fire?",
    "Who was Ada Lovelace? Was she really the first computer programmer?",
    "What is Shinto, and how is it different from Buddhism in Japan?",
    "wait is the croissant actually french or is it austrian?? I heard something about vienna",
    "How did tea become so popular in Britain?",
    "Where was coffee first discovered and drunk?",
    "Who broke the color line in Major League Baseball, and in what year?",
    "Why is a marathon exactly 26.2 miles? Where did that odd distance come from?",
    "When did the Tour de France start, and why was it created?",
    "What is the Gini coefficient, and what does a high number mean?",
    "How was the Hoover Dam built? Give me the main facts.",
    "How long did it take to build the Trans-Siberian Railway, and how long is it?",
    "What was the Great Leap Forward and what were its consequences?",
    "What happened at Chernobyl in 1986? Just the basic facts.",
    "who was Florence Nightingale and what did she actually change about hospitals",
    "Who performed the first human heart transplant, and how long did the patient survive?",
    "How was insulin discovered, and by whom?",
    "When did surgeons start using anesthesia, and what did they use first?",
    "Who was Hippocrates, and is the Hippocratic Oath still used?",
    "Who built Petra in Jordan, and how were the buildings carved?",
    "What is the Forbidden City, and why was it called that?",
    "Which two rivers meet at Khartoum? Answer in one sentence.",
    "What's the difference between the Yangtze and the Yellow River?",
    "Could you give an overview of the Mughal Empire, from Babur to its decline?",
    "What were the main causes of the Taiping Rebellion? Keep it to a short paragraph.",
    "Who was Toussaint Louverture? Two or three sentences is enough.",
    "Explain how the Ashanti Empire got so wealthy.",
    "Could you summarize the story of the Ramayana in about five sentences?",
    "What were the Crusades, and how many were there?",
    "How does the cornea differ from the lens of the eye?",
    "What's the difference between an ape and a monkey?",
    "How do salmon find their way back to the river where they were born?",
    "Give me a short timeline of the space race from Sputnik to Gagarin.",
    "Why did Korea get split into North and South?",
    "How did Singapore become independent?",
    "What was apartheid, and when did it end?",
    "When did the Soviet Union collapse, and how many countries came out of it?",
    "Who was Kwame Nkrumah, and why is he important to African history?",
    "What is the difference between Catholic and Orthodox Christianity? When did they split?",
    "Who was Martin Luther, and what were the 95 Theses?",
    "What are the Four Noble Truths in Buddhism?",
    "Who was Siddhartha Gautama? Keep it brief.",
    "What's the difference between Hanukkah and Purim?",
    "How did Easter get its name, and why does its date change?",
    "What's the story behind the Mexican holiday Cinco de Mayo? Is it Mexico's independence day?",
    "What are Zoroastrians and where do they live today?",
    "Who invented the piano, and why is it called that?",
    "When was the first talking movie released?",
    "Who was Akira Kurosawa and which films is he best known for?",
    "Summarize what the Epic of Gilgamesh is about in 3 sentences.",
    "Who was Rumi, and why is his poetry so popular today?",
    "Who wrote War and Peace, and roughly how long is it?",
    "Who was Langston Hughes?",
    "What are the rules of cricket's LBW? It always confuses me.",
    "Who invented basketball, and what did they use for the first hoops?",
    "What is the Ashes in cricket, and why is it called that?",
    "Who was Jesse Owens, and what happened at the 1936 Berlin Olympics?",
    "What is the origin of judo, and who founded it?",
    "What was the Tulip Mania in the Netherlands?",
    "What caused the Wall Street Crash of 1929?",
    "How was the Golden Gate Bridge built? When did it open?",
    "What's the history of the London Underground? Which was the first line?",
    "Who designed the Burj Khalifa, and how tall is it?",
    "How does the Three Gorges Dam work and how much power does it make?",
    "Who was Ignaz Semmelweis, and why did other doctors ignore him?",
    "Who invented the smallpox vaccine? Give me the main story in a few sentences.",
    "What's the history of the Alhambra in Granada?",
    "Who built the Colosseum, and what was it used for?",
    "When was Notre-Dame in Paris built, and how long did it take?",
    "What is Stonehenge, and how old is it?",
    "What is the smallest country in Africa by area?",
    "Why does Bolivia have two capitals?",
    "Which river forms most of the border between the US and Mexico?",
    "How does a lock-and-key enzyme work? Explain it like I'm in high school.",
    "Why does iron rust but gold doesn't?",
    "What is the history of ketchup? I heard it didn't start with tomatoes.",
    "How was cheese first made?",
    "Why do Koreans ferment kimchi, and how long has it been around?",
    "Where did curry come from, and how did it end up so popular in Britain?",
    "What is the Cyrillic alphabet, and who created it?",
    "How many languages are spoken in India, and which are official?",
    "What is Swahili, and where is it spoken?",
    ("My daughter is doing a school project on the Silk Road. What goods were traded along it, and which cities "
     "were the main stops?"),
    ("I'm visiting Kyoto next spring and want to understand what I'm seeing. Who were the shoguns, and how did "
     "they relate to the emperor?"),
    ("We just watched Oppenheimer. Who were the main scientists on the Manhattan Project, and where was the "
     "first bomb tested?"),
    "I'm a nursing student and my textbook barely mentions it. Who discovered the ABO blood groups, and when?",
    ("I teach 7th grade science and we're starting astronomy. Can you give me a short, accurate history of how "
     "people figured out the Earth goes around the Sun?"),
    ("I'm learning Japanese and I'm confused by having three scripts. Where did hiragana, katakana, and kanji "
     "each come from?"),
    "I just started learning Arabic. Why is it written right to left, and how did the alphabet develop?",
    ("Our book club is reading Things Fall Apart next month. Can you give some background on Chinua Achebe and "
     "the Igbo society in the novel?"),
    "My son is obsessed with dinosaurs. What killed them off, and how do scientists know?",
    ("I'm going to Istanbul in June. What's the history of the Hagia Sophia, and why has it switched between "
     "church, museum and mosque?"),
    ("I started brewing kombucha at home. Where does it come from, and what's actually happening during "
     "fermentation?"),
    "I'm making sourdough for the first time. Why does it taste sour compared to regular bread?",
    ("My grandmother came from Kerala and always talks about the spice trade. Which spices made the Malabar "
     "Coast famous, and who came to trade for them?"),
    ("I'm writing a paper on Ethiopian history. How did Ethiopia avoid being colonized during the Scramble for "
     "Africa? Give me the key battle and date."),
    "My kid's class is studying ancient Mesopotamia. What were the most important things the Sumerians invented?",
    ("I'm planning a trip to Peru and want to see Lake Titicaca. Why is it famous, and who lives on the floating "
     "islands?"),
    ("We went to a Scottish wedding and everyone wore tartan. Where do clan tartans actually come from, and how "
     "old are they?"),
    "My husband and I are arguing about this. Who actually invented the radio, Marconi or Tesla?",
    "I'm a new guitar teacher and a student asked me this. Where did the modern six-string guitar come from?",
    ("I'm reading about the Vietnam War for a class. Why did the US get involved in the first place? A short "
     "timeline would help."),
    ("My dad is from Ireland and always brings up the famine. What caused the Great Irish Famine, and how many "
     "people died or left?"),
    "I just got back from Cambodia and keep thinking about it. What happened under the Khmer Rouge, briefly?",
    ("My teenager asked me what the Rwandan genocide was and I realised I barely know. Can you explain what "
     "happened in 1994, factually?"),
    ("I'm trying to understand the news better. What is the European Union, and how did it start after World War "
     "II?"),
    ("I'm going to be a volunteer guide at a small science museum. Can you give me a simple explanation of how a "
     "lighthouse lens (the Fresnel lens) works and who invented it?"),
    "I'm a hobby beekeeper and someone asked about the history of honey. When did people start keeping bees?",
    "My mother-in-law makes tamales every Christmas. Where do tamales come from, and how far back do they go?",
    "We visited Hiroshima last year. Why was Hiroshima chosen as the target, and what happened on August 6, 1945?",
    "I'm studying for a citizenship test in the US. What were the main things in the Bill of Rights?",
    "My friend is Sikh and invited me to a gurdwara. What's the significance of the langar meal?",
    "I've been listening to a lot of reggae. Where did reggae come from, and who was important besides Bob Marley?",
    ("I'm starting a chemistry class next week and I'm nervous. Who was Antoine Lavoisier, and why do people "
     "call him the father of modern chemistry?"),
    "I just watched a documentary about the Great Barrier Reef. How do coral reefs form, and how old is the reef?",
    "My kids want to know why pandas only eat bamboo. Is that true, and how do they survive on it?",
    ("My son plays chess and asked where it was invented. Where did chess start, and how did the pieces change "
     "over time?"),
    "I'm a history buff but I know little about Korea. What was the Joseon dynasty known for?",
    "I'm visiting Mexico City soon. What was Tenochtitlan like before the Spanish arrived?",
    "My daughter's class is learning about Ancient Greece. What was Athenian democracy, and who could vote?",
    ("I run a small bakery and a customer asked why hot cross buns have crosses. Where does that tradition come "
     "from?"),
    "My partner is Persian and we're celebrating Nowruz this year. What is it and what are the traditions?",
    ("I just moved to Cape Town. Can you explain who the Khoikhoi and San peoples are and their history in the "
     "area?"),
    ("I'm a music student preparing a presentation. What's the difference between Baroque and Classical music, "
     "and who are the key composers of each?"),
    "Our family is going to Egypt. What's the history of the Aswan High Dam, and why was it built?",
    "I'm an engineer and never learned the history of my own field. Who built the first working electric motor?",
    "I'm traveling to Morocco. What languages are spoken there, and why is French so common?",
    ("I'm writing a kids' book set in ancient China. What did children there learn in school during the Han "
     "dynasty?"),
    "whats the oldest city in the world that people still live in",
    "who was the guy who figured out the speed of light first",
    "ok random but how do cats see in the dark",
    "how did the ancient greeks know the earth was round",
    "tbh i never understood what the renaissance in italy was funded by, who paid for all that art",
    "wait who actually invented the internet, was it al gore lol",
    "how do camels go so long without water",
    "how does a sundial tell time",
    "what was the first country to give women the vote",
    "who were the samurai actually, like were they just soldiers",
    ("My husband Raj snores so loudly the dog leaves the room. We've already tried nasal strips. Before he books "
     "a doctor's appointment, what else is worth trying? Give me 3 options."),
    "best way to actually remember a daily pill?",
    "how do i build a flossing habit, i always quit after like 3 days",
    "whats the trick to sleeping in a hostel dorm when people keep coming in at 2am",
    ("I'm 38 and I toss and turn for about an hour most nights. A friend swears by her weighted blanket, but the "
     "one she has costs $180. Is it worth trying, or is it a fad?"),
    ("My partner Dana starts work at 5:30 and her alarm goes off at 4:40 every weekday. I don't need to be up "
     "until 7:30 and I never fall back asleep after it. How can we make this work without sleeping in separate "
     "rooms?"),
    ("I'm 58 and my doctor mentioned strength training for bone density. My gym has a leg press, a cable machine "
     "and dumbbells, and I've never lifted anything heavier than shopping bags. How should I structure my first "
     "month?"),
    ("Could you outline the main factors to consider when choosing between a rowing machine and an exercise bike "
     "for a small flat?"),
    "how do i get back into swimming laps when im gasping after one length of the pool",
    "CrossFit box or a regular gym for someone who needs a coach to show up? Pros and cons please.",
    ("My knees ache on every steep downhill when I hike, even though uphill is fine. Any technique tips for "
     "descending more gently?"),
    ("I cook for one and half the vegetables I buy go slimy in the fridge before I use them. How can I shop and "
     "plan better?"),
    ("My daughter Ines is 15 and just announced she's going vegan. I'm supportive, but I worry about iron and "
     "B12, and she rolls her eyes whenever I bring it up. How can I help her eat well without lecturing?"),
    "Is it worth buying a pressure cooker for a family of five, or will it just sit in a cupboard?",
    "nobody in my house likes fish because of the smell, how do i get them to eat it once a week",
    "how early should i get to the airport for an international flight with a 2 year old and a car seat",
    ("We're planning ten days in Vietnam in March, flying into Hanoi and out of Ho Chi Minh City. We're both 30 "
     "and like food more than beaches. How would you split the time?"),
    "Overnight train or cheap flight from Vienna to Venice? Give me the pros and cons of each.",
    "What should I pack for a five-day canoe trip where we carry the boats between lakes? Bullet list please.",
    ("My son Mateo is 4 and has started lying about small stuff, like saying he washed his hands when he clearly "
     "didn't. Is that normal at his age, and how should I react?"),
    "how do i get my 9yo to practice piano without a fight every single night",
    "At what age should a kid get their own house key?",
    ("Our twins turn 13 in May and both want their own room. We have three bedrooms and one is my home office, "
     "which I really need. How would you handle this fairly?"),
    "Best way to handle a toddler who keeps biting other kids at daycare?",
    ("My 17-year-old wants to work for a year before university instead of going straight in. Should we let her? "
     "Give me both sides."),
    "my rabbit keeps chewing the skirting boards, how do i make her stop",
    ("We're adopting a retired racing greyhound next month. He's never lived in a house. What should we prepare "
     "before he arrives?"),
    "Is it cruel to keep a single guinea pig on its own?",
    ("Our beagle, Biscuit, is 3 and panics the moment he sees the nail clippers, and the vet charges $25 every "
     "time. What's the best way to trim his nails at home?"),
    "Could you suggest how to arrange care for a pet budgie while I'm away for five days?",
    ("I'm doing an Open University degree while working full-time, and I have two kids under seven. "
     "Realistically I get about 90 minutes a night after bedtime. How should I use that time?"),
    "how do i take notes from a textbook without just copying the whole chapter",
    ("Should I join a study group for organic chemistry or keep studying alone? I'm a sophomore and I tend to "
     "get distracted around friends."),
    ("My son's teacher says he's reading about two grades below where he should be. He's 8 and hates anything "
     "that feels like homework. What can we do at home that won't feel like extra school?"),
    "i blank out every time i have to present in front of the class, any tips",
    "best way to memorise the periodic table for a chemistry test?",
    ("I stayed home with our kids for six years and now I want to go back into accounting. How do I explain the "
     "gap on my CV without sounding apologetic?"),
    "Should I list a job I was let go from after three months on my resume?",
    "how do i back out of a job offer i already said yes to on the phone, without burning the bridge",
    ("I'm 24, working as a barista in Melbourne, and I finished a psychology degree last year. I don't want to "
     "do honours or a master's right now. What are 3 realistic career paths I could look into?"),
    "Any tips for a panel interview with five people asking questions?",
    "My manager sends me Slack messages at 11pm and seems to expect a reply. How should I handle it?",
    ("I'm 29, earn $62k, and have $8,000 on a credit card at 22% interest. I also have $3,000 in savings and "
     "nothing else. Should I use the savings to pay down the card?"),
    "Is a cash envelope budget still practical when almost everything is paid by card or phone these days?",
    "How should I budget when I'm a freelance illustrator and my income swings from $1,500 to $7,000 a month?",
    "Is it smarter to keep a big buffer in my checking account or move everything except bills into savings?",
    ("My best friend of 15 years, Colleen, just got engaged to a man I find rude and dismissive. She asked me "
     "directly what I think of him. Do I tell her the truth?"),
    ("I lent my friend Tom $400 in February for his car repair and he hasn't mentioned it since, even though he "
     "just posted photos from a festival. How do I bring it up without it getting weird?"),
    "What's a good way to stay close to a friend who just had a baby and never has time to hang out?",
    "my partner and i argue every time one of us loads the dishwasher. i know its dumb. how do we stop",
    "How do I reach out to my brother after two years of silence over how our father's estate was split?",
    "is it ok to skip my friends destination wedding in mexico because i honestly cant afford it",
    ("I want to get into birdwatching this spring. What kind of binoculars should I look for, and what are good "
     "first steps?"),
    "Should I start with film or digital if I'm mainly curious about film photography?",
    "I'm 67 and just bought my first ukulele. What should I practice in the first two weeks so I don't give up?",
    "how do i get into pottery without buying a wheel or a kiln",
    ("My girlfriend and I are moving in together in June, and between us we have two sofas, two beds and far too "
     "many kitchen things. How do we decide what stays without fighting about it?"),
    ("We're moving from Chicago to Phoenix in July with two indoor cats, and the drive is about 27 hours. How "
     "should we plan the trip for the cats?"),
    "what should i do on the very first day in a new rental before i unpack anything",
    "my bathroom extractor fan is super loud and rattles. fix it myself or call someone?",
    "How should I fix an interior door that sticks every summer but closes fine in winter?",
    ("Any advice for regrouting the tiles around a bathtub as a first-timer? The old grout is cracked and a bit "
     "black in places."),
    "What's the safest way to mount a 55-inch TV on a brick wall?",
    ("I'm 19, live in Manchester, and just passed my test. Insurance quotes for my first car are all over "
     "£2,000. What can I do to bring that down?"),
    "Should I buy a used electric car with 80,000 miles on it, or is the battery going to be a problem?",
    "how often do i really need to rotate my tires",
    "What's the best way to prepare a car I won't drive for four months over winter?",
    "Lease or buy a car if I drive about 20,000 km a year and like to keep cars a long time?",
    "My lawn has big yellow patches where the dog pees. Any fixes that don't involve giving up the dog?",
    "Which vegetables are easiest to grow on a north-facing balcony that gets maybe two hours of sun?",
    "when should i prune hydrangeas, im scared of cutting off next years flowers",
    "Could you suggest a way to start composting in a small apartment with no yard?",
    ("Slugs are destroying my lettuce, but hedgehogs visit the garden at night and I don't want to poison them. "
     "What can I do instead?"),
    "Is it worth paying extra for a laptop with 32GB of RAM if I mostly do spreadsheets, email and Zoom?",
    ("I read about four books a month and borrow nearly all of them from my library through Libby. My eyes are "
     "tired of my phone screen. Which e-reader would suit me best?"),
    ("My dad is 82, has shaky hands, and wants his first smartphone mostly to video-call his grandkids in "
     "Dublin. What features should I look for when choosing one?"),
    "Mesh Wi-Fi system or just a better router for a three-storey terraced house with thick walls?",
    ("Is it rude to bring my own food to a dinner party because of a severe nut allergy, or should I tell the "
     "host in advance?"),
    "Should I send thank-you notes to the neighbours who brought food after my mother's funeral, and how soon?",
    "Is it okay to wear a white dress with a bold floral print to a wedding as a guest?",
    ("I retired last year after 35 years as a civil engineer and want to volunteer about six hours a week. How "
     "do I find something that actually uses my skills rather than just stacking shelves?"),
    "Is a two-week volunteering trip abroad actually useful, or would it do more good to donate the money instead?",
    "how do i say no when my kids school asks me to volunteer for literally every event",
    ("My wife and I are 63 and 61 and thinking of retiring to the Valencia coast in Spain. What should we "
     "research before making the move? Give me a short checklist."),
    "How do you keep a sense of purpose after retiring from a job you loved?",
    "Should I take my workplace pension as a lump sum or as monthly payments? What should I be weighing up?",
    "Is it rude to check my phone during a work lunch with a client if I'm expecting a call from my kid's school?",
    "I'm a nurse and my feet are wrecked after 12-hour shifts. What should I look for in work shoes?",
    "Give me 3 ways to make a 90-minute daily commute on the train feel less wasted.",
    ("Can you recommend how to introduce a shy 6-year-old to a new school halfway through the year? We just "
     "moved from Ottawa to Calgary."),
    "Why do dogs turn in circles before they lie down?",
    "how do self-checkout machines know if i put the wrong thing in the bagging area",
    "Why does skin peel a few days after a sunburn?",
    "How does a tankless water heater heat water instantly without a tank?",
    ("My grandmother Rosa always drops sad, floppy lettuce into a bowl of ice water and twenty minutes later "
     "it's crisp again. I thought it was an old wives' tale, but it works. Why does limp lettuce perk up like "
     "that?"),
    ("We're buying our first house in Ohio and the lender keeps mentioning an escrow account. How does escrow "
     "work, and why do they hold money for taxes and insurance?"),
    ("We live outside Oslo and an installer wants to replace our oil boiler with an air-source heat pump. It "
     "regularly hits minus 15 here in January. How can a heat pump pull any heat out of air that's below "
     "freezing?"),
    "Why do plastic containers always come out of the dishwasher wet when the plates are dry?",
    "My cat has a weird whitish film that slides across her eye when she's sleepy. What is that third eyelid for?",
    "How does an induction hob heat a pan without getting hot itself?",
    ("My mum takes nine different medications. How does a pharmacist actually check whether they interact with "
     "each other?"),
    "How do anti-lock brakes keep a car's wheels from locking up in an emergency stop?",
    "why does my dogs breath smell so bad even though he eats normal food",
    "Who decides the official inflation rate, and how do they actually calculate it? In a short paragraph.",
    "Why does rice sometimes turn out sticky and sometimes fluffy, even with the same brand?",
    "Can you explain how an annuity works in plain English?",
    "Furniture stores keep advertising 0% financing for 24 months. How do they make money on that?",
    "How does a home pregnancy test work?",
    "Why do cuts inside your mouth heal so much faster than cuts on your skin?",
    ("Our new house in rural Vermont isn't on the town sewer and has a septic tank instead. How does a septic "
     "system actually work?"),
    ("My 7-year-old, Priya, got a Syrian hamster for her birthday. He crams so much food into his cheeks that "
     "his head doubles in size, then empties it all in a corner. Why do hamsters do that?"),
    "how does a stud finder know theres wood behind the wall",
    "What causes the new car smell, and why does it fade?",
    ("I'm 26 and choosing a health plan through work for the first time. One plan has a $500 deductible and the "
     "other $3,000 with a lower monthly cost. Could you explain how a deductible works, with a simple example?"),
    "How do ants find their way back to the nest after wandering so far?",
    "Can you explain how a reverse mortgage works, and what the catch is?",
    "Why do my cat's eyes glow green in every photo I take with the flash?",
    "why do my shoelaces keep coming untied on their own",
    "How does the ice maker in a fridge know when the bin is full?",
    "How does a lottery jackpot get so huge, and where does the money come from?",
    "Why does basil turn black when I chop it?",
    "How does a hotel key card open the door, and why does it stop working if I keep it next to my phone?",
    ("I graduated in May and my student loan balance somehow went up during the grace period. How does interest "
     "get capitalized on student loans?"),
    ("I've been wearing a cheap clip-on pedometer for a month, and it somehow logged 2,000 steps on a bumpy bus "
     "ride. How does a pedometer count steps in the first place?"),
    "Why does pizza dough need to rest before you can stretch it?",
    "How does a carbon monoxide detector sense a gas that has no smell?",
    "Why does paying only the minimum on a credit card keep people in debt for years? Show me with numbers.",
    ("My dad is 74 and is up at 4:45 every day without an alarm, even though he used to love sleeping in. Why do "
     "older people tend to wake up so early?"),
    "How do the grooves in tyre tread stop a car from aquaplaning?",
    "Why does the sky sometimes turn a strange green or orange right before a big storm?",
    "Why do people say you should let chopped garlic sit for ten minutes before cooking it?",
    ("Every time I run the kettle and the microwave at the same time, the kitchen breaker trips and I have to go "
     "down to the basement. How does a circuit breaker know when to trip?"),
    "how does my car know one of the tyres is low on air",
    "How does cruise control keep a car at the same speed going up and down hills?",
    ("My neighbours refinanced their mortgage and now pay $300 less a month. How does refinancing lower the "
     "payment?"),
    ("My flatmate in London can't sleep without a white noise app playing static all night, and I find it "
     "baffling. Why does white noise help some people fall asleep?"),
    "How do buy-now-pay-later services like Klarna make money if they don't charge interest?",
    "How does a dimmer switch make a light dimmer?",
    "Why does a bike tyre slowly go soft over a couple of weeks even without a puncture?",
    "What's the difference between a GFCI outlet and a normal one, and how does it protect you in a bathroom?",
    "why does my house creak and pop at night when nobody's moving",
    "Who decides the best-before date on food, and how do they pick it?",
    "Why do young kids get so many more ear infections than adults?",
    "How does a water softener take the minerals out of hard water?",
    "How can a ceiling fan make a room feel cooler if it doesn't lower the temperature?",
    "How does a dog whistle work if people can't hear it?",
    "Our 5-month-old is drooling through three bibs a day. Why do teething babies drool so much?",
    "If seedless watermelons have no seeds, how do farmers grow more of them?",
    "How can an e-ink screen keep showing a page without using any power?",
    "Why are eggs kept in the fridge in the US but on the shelf in most of Europe?",
    "My cat makes a weird chattering noise when she watches birds out the window. Why does she do that?",
    "How does a car's airbag know it's a real crash and not just a pothole?",
    "How does fluoride in toothpaste actually protect teeth?",
    "Why does a stew or chili taste better the next day?",
    "How do hens lay eggs without a rooster around?",
    "How does an electronic toll tag pay the toll while I drive through at full speed?",
    "Why do cats like sitting in cardboard boxes so much?",
    "How does a tumble dryer's sensor know when the clothes are dry?",
    "Why does my scale say something different every morning even when I eat the same thing?",
    "How does a sump pump keep a basement from flooding?",
]

HOWTO = [
    "How do I patch a small hole in drywall left by a doorknob?",
    "How do I bleed a radiator that's cold at the top?",
    "How do I get rid of a mouse in the garage without poison?",
    "Steps to reset a tripped circuit breaker?",
    "how do i mount a tv on a brick wall",
    "How do I re-grout old bathroom tiles?",
    "How do I make potato gnocchi from scratch?",
    "What's the best way to reheat pizza so the crust stays crispy?",
    "How do I make homemade chicken stock from a leftover roast chicken?",
    "Steps to make a simple tomato sauce from fresh tomatoes?",
    "how do i poach an egg without it falling apart",
    "How do I sharpen a kitchen knife with a whetstone?",
    "How do I get red wine out of a white cotton shirt?",
    "What's the best way to clean a foggy headlight on a car?",
    "How do I change a flat tire on the side of the road?",
    "How do I clean corroded car battery terminals?",
    "how do i know if my car's tire pressure is right",
    "How do I set up a printer on my home Wi-Fi network with Windows 11?",
    "How do I find out which program is slowing down my PC?",
    "How do I move my WhatsApp chats to a new phone?",
    "What's the best way to make strong passwords I can actually remember?",
    "How do I share my location with family on an iPhone?",
    "How do I block spam calls on an Android phone?",
    "how do i make a pdf from a few photos on my phone",
    "How do I mail-merge addresses onto labels in Microsoft Word?",
    "How do I freeze a column in Google Sheets so it stays visible?",
    "How do I apply for a replacement Social Security card?",
    "What's the best way to file a claim with my renter's insurance after a break-in?",
    "Steps to change my address with the post office when I move?",
    "how do i get a copy of my birth certificate if i was born in another state",
    "How do I crochet a granny square?",
    "How do I make a candle using soy wax and an old jar?",
    "How do I press flowers so they keep their color?",
    "What's the best way to start a cross-stitch project?",
    "How do I make a simple bird feeder from a milk carton?",
    "How do I grow basil from a cutting?",
    "How do I clean and oil a wooden cutting board?",
    "How do I wash a down jacket without ruining it?",
    "Steps to descale an espresso machine?",
    "how do i fix a zipper that came off one side",
]
CODE = [
    "Write a Python function that flattens a nested dictionary into dotted keys, like {'a': {'b': 1}} -> {'a.b': 1}.",
    "Write a Python function that returns the longest run of consecutive equal elements in a list, with its value and length.",
    "write a python function that takes a list of words and groups the ones that are anagrams of each other",
    "Write a Python function that run-length encodes a string, so 'aaabcc' becomes 'a3b1c2'.",
    "Write a Python function that finds all pairs in a list of integers that add up to a target value.",
    "Write a Python decorator that retries a function up to 3 times if it raises an exception.",
    "Write a Python script that finds duplicate files in a folder by comparing their SHA-256 hashes.",
    "Write a Python function that validates a credit card number using the Luhn algorithm.",
    "write a python function that converts a hex color like '#ff8800' into an (r, g, b) tuple",
    "Write a Python function that counts the ways to climb n stairs taking 1 or 2 steps at a time.",
    "Write a Python context manager that prints how long the code inside the with-block took to run.",
    "Write a Python dataclass for a BankAccount with deposit and withdraw methods that refuse overdrafts.",
    "Write a JavaScript function that throttles scroll events so a handler runs at most once every 200 ms.",
    "Write a JavaScript function that formats a number like 1234567.891 as '1,234,567.89'.",
    "write a js function that removes duplicate objects from an array based on their id field",
    "Write a JavaScript function that converts a camelCase string to snake_case.",
    "Write a TypeScript interface for a blog post with title, body, tags and an optional publishedAt date, plus a function that sorts posts newest first.",
    "Write a TypeScript generic function that groups an array of items by a key returned from a callback.",
    "Write a SQL query that finds users who signed up in the same week as their referrer, given users(id, referrer_id, signup_date).",
    "Write a SQL query that returns the second highest salary from employees(id, name, salary).",
    "write sql to get each customer's most recent order from orders(id, customer_id, created_at, total)",
    "Write a SQL query that shows products that have never been ordered, given products(id, name) and order_items(order_id, product_id).",
    "Write a bash loop that converts every .wav file in a folder to .mp3 with ffmpeg.",
    "Write a bash script that pings a list of hostnames from a file and prints which ones are down.",
    "write a bash command to find the 5 biggest files under my home directory",
    "Write a Rust function that counts word frequencies in a &str and returns a HashMap<String, usize>.",
    "Write a Rust struct for a 2D point with a method that computes the distance to another point.",
    "Write a Go function that reverses a slice of strings in place.",
    "Write a Go HTTP handler that returns the current server time as JSON.",
    "Write a Java method that returns the factorial of n using BigInteger.",
    "write a java class for a simple to-do item with a title, a due date and a done flag",
    "Write a C function that counts how many bits are set to 1 in an unsigned int.",
    "Write a C# method that checks whether a string is a palindrome, ignoring punctuation.",
    "Write a C# LINQ query that returns the names of people older than 30 from a List<Person>, sorted by name.",
    "Write an HTML form with fields for name, email and a message, plus CSS that stacks them nicely on mobile.",
    "Write CSS for a three-column grid of cards that turns into one column on screens narrower than 600px.",
    "Write a regex that matches US phone numbers like (555) 123-4567 and 555-123-4567.",
    "give me a regex that matches a 24-hour time like 09:45 or 23:59 but not 24:10",
    "Write a regex that matches a hex color code with either 3 or 6 digits, like #fff or #1a2b3c.",
    "Python one-liner to read a text file and print its lines in reverse order?",
    "What's a one-liner in JavaScript to get the largest number in an array?",
    "What is the time complexity of checking if an item is in a Python list versus a set?",
    "What's the Big-O of binary search, and why?",
    "What's the time complexity of this code?\n\nfor i in range(n):\n    for j in range(i, n):\n        total += a[i] * a[j]",
    "Is quicksort always O(n log n)? When does it get slower?",
    "Fix this Python code, it prints None instead of the sum:\n\ndef add(a, b):\n    print(a + b)\n\nresult = add(2, 3)\nprint(result)",
    "Why doesn't this JavaScript work? It logs 3 three times:\n\nfor (var i = 0; i < 3; i++) {\n  setTimeout(() => console.log(i), 100);\n}",
    "This SQL gives an error: `SELECT name, COUNT(*) FROM orders;` What's wrong?",
    "fix my bash script, it says 'unary operator expected':\n\nif [ $name == \"admin\" ]; then echo hi; fi",
    "Fix this C code, it crashes:\n\nchar *s;\nstrcpy(s, \"hello\");\nprintf(\"%s\", s);",
    "What's wrong with this Java comparison?\n\nString a = new String(\"hi\");\nif (a == \"hi\") { System.out.println(\"same\"); }",
    "Python says \"ValueError: too many values to unpack (expected 2)\" in my for loop over a dict. Why?",
    "Python's json.loads gives \"JSONDecodeError: Expecting property name enclosed in double quotes\". What's wrong with my JSON?",
    "JavaScript says \"Uncaught SyntaxError: Unexpected token '<'\" when I call fetch().json(). Why?",
    "Go says \"declared and not used\" for a variable. Why is that an error and not a warning?",
    "What does \"error[E0502]: cannot borrow `v` as mutable because it is also borrowed as immutable\" mean in Rust?",
    "Java throws \"NullPointerException\" on `user.getName().length()`. How do I find what's null?",
    "C# error CS0029: Cannot implicitly convert type 'string' to 'int'. How do I fix it?",
    "git says 'fatal: refusing to merge unrelated histories'. What happened and what should I do?",
    "In JavaScript, should I use map or forEach to loop over an array when I don't need the result?",
]

MATH_FORMS = [
    "Muffins come in packs of {b}, and each pack costs ${c}. How many packs does {n} need for {d} guests, and what will they cost?",
    "What is the greatest common divisor of {b4} and {a}?",
    "Find the median of {a}, {e}, {b}, {d} and {c}.",
    "A floor is {b} m by {c2} m. How many 50 cm by 50 cm tiles are needed to cover it?",
    "{n} types {e} words per minute. How long will it take to type a {d}-word essay?",
    "Two trains start {d} km apart and head toward each other at {a} km/h and {e} km/h. After how long do they meet?",
    "One hose fills a pool in {b} hours and another fills it in {c} hours. How long does it take with both running?",
    "what's the sum of all the whole numbers from 1 to {d}?",
    "A culture starts with {d} bacteria and doubles every hour. How many are there after {c} hours?",
    "A phone plan costs ${c2}0 a month plus ${b} for each extra gigabyte. What is the bill for a month with {c} extra gigabytes?",
    "A price goes up by {e}% and then down by {e}%. If it started at ${d}, what is it now?",
    "On a map with a scale of 1:{d}000, two towns are {b} cm apart. How far apart are they in real life?",
    "{n} runs {c} km in {e} minutes. What is the pace in minutes per kilometer?",
    "An angle measures {e} degrees. What are its complement and its supplement?",
    "A triangle has angles of {e} and {a} degrees. What is the third angle?",
    "write {d}/{c} as a mixed number",
    "A school has {d} students and wants at most {e} students per teacher. How many teachers does it need?",
    "A parking garage charges ${c} for the first hour and ${b} for each extra hour. How much do {c2} hours cost?",
    "A printer prints {e} pages per minute. How long does it take to print {b} copies of a report that is {a} pages long?",
    "A cyclist rides up a hill at {b} km/h and comes back down the same road at {e} km/h. What is the average speed for the round trip?",
    "The average of {c} test scores is {e}. After one more test with a score of {a}, what is the new average?",
    "A {b}-pack of soda costs ${c}.{e} and a {b2}-pack costs ${c2}.{e}. Which is cheaper per can?",
]
LISTS = [
    "List 10 vegetables that grow well in containers on a sunny balcony.",
    "Give me 5 ideas for a rainy Saturday with two kids under 6 in a small apartment.",
    "List 8 one-pot meals that use ground turkey.",
    "Give me 5 ideas for lunches I can prep on Sunday for the whole work week without a microwave.",
    "List 7 board games that work well with just two players.",
    "Give me 6 ideas for a themed dinner party for eight friends.",
    "list 10 fun facts about octopuses for my kid's school project",
    "Give me 5 ideas for a cheap anniversary date in winter.",
    "List 10 questions to ask a landlord before signing a lease.",
    "Give me 5 ideas for decorating a classroom door for Halloween.",
    "List 8 questions to ask a mechanic before agreeing to an expensive repair.",
    "give me 5 ideas for a first tattoo that's small and meaningful",
    "List 6 ways to entertain a dog that has to stay indoors all day.",
    "Give me 7 ideas for a team-building activity for a remote team of 12 people.",
    "List 10 classic novels under 200 pages.",
    "Give me 5 ideas for using up overripe bananas that aren't banana bread.",
    "List 8 things I should do in the first week at a new job.",
    "Give me 5 ways to politely leave a conversation at a crowded party.",
    "List 10 words in English that come from Arabic.",
    "Give me 6 ideas for a science fair project for a 12-year-old that costs under $20.",
    "list 5 things to pack in a hospital bag for having a baby",
    "Give me 5 ideas for a YouTube channel about woodworking.",
    "List 7 free things to do in Washington, D.C.",
    "Give me 8 ideas for a reading challenge with my book club this year.",
    "List 6 stretches for lower back pain that are safe for beginners.",
    "Give me 5 ideas for a garden path using cheap materials.",
    "List 10 famous paintings and the museums where they hang.",
    "give me 5 cute names for a pair of guinea pigs",
    "List 8 skills that are useful for almost any office job.",
    "Give me 6 ideas for a birthday cake for someone who doesn't like chocolate.",
    "List 6 ways to prepare the night before a phone screen with a recruiter.",
    "Give me 7 ideas for a scavenger hunt at a family reunion in a park.",
    "List 10 spices every beginner cook should keep in the pantry.",
    "Give me 5 ideas for saving money on heating in a drafty old house.",
    "List 6 ways to reuse glass jars around the house.",
    "Give me 8 ideas for a short story that takes place on a train.",
    "list 10 easy songs to learn on the ukulele",
    "Give me 5 ideas for a fundraiser for a high school band trip.",
    "List 7 common mistakes people make when they start lifting weights.",
    "Give me 6 ideas for a low-maintenance front yard without grass.",
]

WRITING = [
    # emails and texts
    ("Write an email to our building manager, Ms. Ferreira, asking whether residents can use the rooftop terrace "
     "for a small birthday gathering on Saturday, August 9, from 4 to 8 pm."),
    ("Draft an email to my coworker Tomasz asking if he can cover my Tuesday evening shift at the pharmacy on "
     "October 21, and offering to take his Sunday shift in return."),
    "write a text to my sister ana asking if she can pick mom up from the airport on friday at 6:40, my flight lands too late",
    ("Write an email to the Maplewood Youth Soccer League asking for a refund of the $120 registration fee for my "
     "son Theo, since we're moving to Tucson in March."),
    ("Write a short email to my accountant, Gary Whitfield, sending over my 2023 receipts and asking whether my "
     "home office counts as a deduction."),
    ("Draft an email to the organizers of the Portland Food Truck Festival asking how to apply for a vendor spot "
     "for my dumpling truck, Steam & Fold, at the June 14 event."),
    "text to my roommate kai: the dishwasher is broken, repair guy is coming wednesday between 1 and 4, can u be home",
    ("Write an email to my piano teacher, Mrs. Albrecht, letting her know that Sofia will miss her lessons on "
     "December 23 and 30 because we'll be visiting family in Ohio."),
    ("Write an email introducing two people I know: Marcus, a freelance photographer, and Lena Ortiz, who is "
     "opening a bakery in Denver and needs photos for her website."),
    ("Draft a polite email to a recruiter, Hannah Cole at Brightwave, saying I'm declining the product designer "
     "offer because I've accepted another role, and thanking her for her time."),
    ("Write an email to my HOA board asking them to add an agenda item about installing speed bumps on Willow Lane "
     "at the November 12 meeting."),
    "can u write a quick text to my coach saying ill be 15 min late to practice tonight, stuck in traffic on i-95",
    ("Write a friendly email reminding the parents in Room 12 that the field trip to the Carnegie Science Center is "
     "on May 2 and permission slips are due by April 25."),
    ("Write an email to the IT help desk explaining that since Monday's update my laptop, asset tag LT-4471, can't "
     "connect to the office VPN, and asking for help before Thursday's client demo."),
    ("Draft a short email asking my old professor, Dr. Ramírez, if she'd be willing to write a reference letter "
     "for my master's application to the University of Edinburgh, due January 15."),
    # cover letters and work writing
    ("Write a cover letter for a barista job at Blue Heron Coffee in Asheville. I have two years of experience at "
     "a busy café and I'm good at latte art."),
    ("Write a short cover letter for an entry-level data analyst role at Northstar Logistics. I just graduated "
     "from Ohio State in economics and I know SQL and Excel."),
    ("Write a cover letter for a part-time library assistant position at the Fairview Public Library. I'm a "
     "retired schoolteacher who loves organizing things and helping kids find books."),
    ("Help me write a cover letter for a warehouse supervisor job at Kessler Foods. I've worked 6 years as a "
     "forklift operator and trained 15 new hires."),
    ("Write a brief cover letter for a summer internship at the Monterey Bay Aquarium. I'm a second-year marine "
     "biology student at UC Santa Cruz."),
    # speeches and toasts
    ("Write a 2-minute speech for my grandfather Walter's 90th birthday dinner. He was a mail carrier for 35 years, "
     "loves fishing, and still does the crossword every morning."),
    ("Write a short retirement speech for my colleague Deborah, who has been our school's head nurse for 28 years "
     "and is known for her peppermint jar."),
    ("Write an opening speech for our neighborhood's first block party on Linden Street. Keep it under a minute "
     "and thank the Garcias for lending the grill."),
    ("Write a short graduation speech for my nephew Jamal's high school class of 2025 in Dayton. He asked me to "
     "talk about failing forward."),
    ("Write a brief speech accepting the Volunteer of the Year award from the Riverside Animal Shelter, where I've "
     "walked dogs every Saturday for four years."),
    ("Write a best man toast for my brother Ryan's wedding to Chloe. They met at a climbing gym in Boulder and he "
     "proposed on top of Flagstaff Mountain."),
    "write a short funny toast for my best friend priya's 30th birthday, she's obsessed with houseplants and true crime",
    ("Write a toast for my parents' 40th wedding anniversary. They met in 1984 at a roller rink in Detroit and "
     "have run a hardware store together ever since."),
    ("Write a short toast to welcome our new CEO, Angela Brooks, at the company holiday party at the Marriott on "
     "December 13."),
    ("Write a heartfelt toast for my sister Meera's engagement party. She's a nurse, he's a chef, and they adopted "
     "a three-legged dog named Biscuit."),
    # product descriptions
    ("Write a product description for a hand-thrown ceramic mug, 12 oz, speckled oatmeal glaze, dishwasher safe, "
     "made in my studio in Santa Fe. Price $34."),
    ("Write an Etsy listing description for a chunky knit wool blanket in sage green, 50 x 60 inches, made from "
     "merino wool."),
    ("Write a short product description for a bamboo cutting board with a juice groove and built-in handles, "
     "18 x 12 inches."),
    "write a product blurb for our small-batch hot sauce called Ghost Coast, made with ghost peppers and mango",
    ("Write a product description for a kids' reflective rain jacket, sizes 3T to 8, with a packable hood and "
     "taped seams."),
    ("Write a listing for a used 2017 Trek FX 2 hybrid bike, size medium, new tires, small scratch on the frame, "
     "asking $380, pickup in Madison."),
    # social posts
    ("Write an Instagram caption for our bakery, Flour & Fern, announcing that pumpkin cardamom buns are back "
     "starting September 20."),
    ("Write a LinkedIn post announcing that I've joined Greenfield Health as a senior UX researcher after five "
     "years at Atlas Insurance."),
    ("Write a Facebook post for the Oak Hollow Community Garden asking for volunteers for our spring cleanup on "
     "April 6 from 9 am to noon. Gloves and coffee provided."),
    "write a tweet announcing our indie game Lantern Drift is out on steam friday, keep it under 280 chars",
    ("Write a social media post for our animal shelter introducing Pepper, a 6-year-old gray tabby who loves "
     "laps and is looking for a quiet home."),
    ("Write a short post for our library's page announcing that the Saturday morning story time now includes a "
     "Spanish-language session at 11 am."),
    ("Write an Instagram caption for photos of my solo hike up Mount Washington last weekend. Keep it casual with "
     "one or two emojis."),
    # poems
    "Write a short poem about the last ferry of the night crossing to Bainbridge Island.",
    "Write a haiku sequence of three haiku about a laundromat at midnight.",
    "write a silly rhyming poem about my dog Waffles who steals socks",
    "Write a poem for my mother's 65th birthday about her garden of peonies in Vermont.",
    "Write a free-verse poem about a grandmother teaching her granddaughter to make tamales on Christmas Eve.",
    "Write a limerick about a plumber from Leeds who kept losing his tools.",
    "Write a short poem about the first snow falling on an empty baseball field in Chicago.",
    # short stories
    ("Write a 300-word story about a night-shift security guard at a natural history museum who notices one of "
     "the dinosaur skeletons has moved an inch."),
    ("Write a short story for a 7-year-old about a hedgehog named Pip who is scared of the dark and makes friends "
     "with a firefly."),
    ("Write a flash fiction piece (under 200 words) about a woman who finds a 1962 postcard addressed to her in "
     "a secondhand book."),
    "write a short scary story set in an abandoned ski lodge in colorado, no gore please",
    ("Write a short story about two rival food truck owners in Austin who have to share a generator during a "
     "power outage."),
    ("Write a bedtime story about a lighthouse cat named Marlowe who helps a lost fishing boat find its way home."),
    # apologies
    ("Write an apology text to my friend Jess for forgetting her birthday dinner at Nonna's Kitchen last "
     "Thursday. I want to take her out this weekend to make up for it."),
    ("Write an apology email to our customers for the two-hour outage of the Taskly app on March 3, explaining "
     "it was a database issue and it's now fixed."),
    ("Draft an apology note to my neighbors in 3C for the noise from my party last Saturday that went until 1 am."),
    "write a short sorry message to my team for snapping at Omar during yesterday's sprint review",
    ("Write an apology to a customer, Mr. Blake, whose anniversary cake from our bakery had the wrong name "
     "written on it. Offer a full refund and a free cake."),
    # complaints
    ("Write a complaint to Coastline Movers: they broke a glass tabletop and scratched my dresser during my move "
     "on June 28, and I want compensation."),
    ("Write a complaint email to FreshBox meal kits because three deliveries in a row arrived with melted ice "
     "packs and warm chicken."),
    ("Write a complaint to the parking office at Lakeshore Hospital about a $50 ticket I got while my permit was "
     "clearly displayed on the dashboard."),
    "write a complaint to my phone company, they keep adding a $9.99 'premium support' charge i never signed up for",
    ("Draft a complaint letter to the manager of Sunnyvale Apartments about the laundry room dryers, which have "
     "been out of order for three weeks."),
    # reviews
    ("Write a positive Google review for Dr. Chen's dental clinic in Sacramento. The hygienist, Maria, was gentle "
     "and they fit me in the same day for a cracked tooth."),
    "Write a 3-star review of the Harborview Hotel in Halifax: great location and breakfast, but thin walls and a slow elevator.",
    "write a short review of a ramen place called Tonkotsu Ten, broth was amazing, service slow, pricey at $19 a bowl",
    ("Write a review of a used Kindle Paperwhite I bought from a seller named BookNook. It arrived fast, "
     "looked like new, but had no charging cable."),
    ("Write a review of the plumber I hired, Rick's Plumbing, who fixed a burst pipe at 11 pm on a Sunday and "
     "charged a fair price."),
    # bios
    ("Write a short professional bio for my website. I'm Nadia Haddad, a wedding photographer in Charleston with "
     "eight years of experience who loves candid shots."),
    "Write a two-sentence bio for a conference program: Dr. Samuel Osei, a pediatric cardiologist at Johns Hopkins.",
    "write a fun dating profile bio for me: 34, teacher, loves board games, bad at cooking, has a corgi named Toast",
    ("Write a bio for our band, The Paper Lanterns, a four-piece folk group from Asheville that plays fiddle, "
     "banjo and upright bass."),
    ("Write a short author bio for the back of my first mystery novel. I'm a former detective from Glasgow who "
     "now lives on the Isle of Skye."),
    # invitations
    ("Write an invitation to my daughter Zoe's 8th birthday party, a unicorn theme, on Sunday, July 13, from 2 to "
     "4 pm at Riverside Park, pavilion B."),
    ("Write an invitation for a retirement lunch honoring Frank Moretti, our warehouse manager, on Friday, June 6 "
     "at noon at Luigi's Trattoria."),
    "write a casual invite for a friendsgiving potluck at my place on nov 22 at 6, everyone bring a dish",
    ("Write an invitation to a baby shower for Priya Shah on Saturday, March 15, at 1 pm, hosted at her sister's "
     "home at 18 Cedar Lane."),
    ("Write a formal invitation to a charity gala for the Westside Literacy Project on October 18 at the Grand "
     "Ballroom of the Hotel Monaco, black tie."),
    # thank-you notes
    ("Write a thank-you note to my nurse, Kelly, who took care of me after my knee surgery at St. Luke's in "
     "February."),
    ("Write a thank-you email to my interviewer, Mr. Daniels, after my interview for the logistics coordinator "
     "job at Halvorsen Freight on Tuesday."),
    "write a thank you card for my aunt rosa who sent $50 and a hand-knit hat for my graduation",
    ("Write a thank-you note to our neighbors, the Lindqvists, for feeding our cats and watering the plants while "
     "we were in Japan for two weeks."),
    ("Write a thank-you message to the volunteers who helped at our school's book fair, which raised $2,400 for "
     "the library."),
    # slogans
    "Give me 5 slogan ideas for a mobile dog grooming van called Suds on Wheels.",
    "Write a slogan for a family-run bike repair shop in Amsterdam called De Snelle Spaak.",
    "slogan ideas for a campaign to get people in Fresno to recycle more, something catchy",
    "Write three taglines for a budgeting app for college students called PennyWise.",
    # rewrites and edits
    ("Make this sound more professional: \"hey, so the shipment is gonna be late again, sorry, the truck broke "
     "down, should be there tues maybe wed.\""),
    ("Rewrite this to be friendlier: \"Your request has been denied. Submit a new form if you wish to appeal.\""),
    ("Fix the grammar in this sentence: \"Me and him was going to the store when we seen the accident happen on "
     "Main street.\""),
    ("Shorten this to one sentence: \"We wanted to let everyone know that due to the weather forecast, which "
     "is predicting heavy snow, the office will be closed tomorrow, and all staff should work from home.\""),
    ("Rewrite this for a 10-year-old: \"Photosynthesis is the process by which plants convert light energy into "
     "chemical energy stored in glucose.\""),
    ("Make this text to my landlord sound less angry: \"This is the THIRD time I've asked about the heater. Are "
     "you ever going to fix it??\""),
    ("Can you make this line from my wedding vows more poetic? \"You make every day better and I want to spend "
     "my life with you.\""),
    ("Improve this opening sentence of my college essay: \"I have always been interested in engineering since I "
     "was a kid.\""),
    "rewrite this so it sounds confident not apologetic: 'sorry to bother you but i was wondering if maybe i could get a raise'",
    ("Turn this into a formal notice: \"pool's closed this weekend cuz they're fixing the filter, back monday.\""),
]

SUMMARY = [
    ("Summarize this:\n\n"
     "FERNHILL — The old Fernhill rail depot, empty since the freight line closed in 2009, will become an indoor climbing gym and food hall after the town council voted 6–1 on Tuesday to sell the site to developer Carraway Partners for $1.2 million.\n\n"
     "The plan keeps the depot's brick walls and iron roof trusses but adds a mezzanine, a 14-meter climbing wall, and space for eight food stalls run by local businesses. Carraway estimates the renovation will cost about $9 million and hopes to open in the spring of 2027.\n\n"
     "Councillor Denise Olufemi, who cast the only vote against, said she supported reusing the building but worried that the deal did not require any affordable rent for the food stalls. \"We'll end up with the same chains you see at the airport,\" she said.\n\n"
     "Carraway director Paul Brenner said at least five of the stalls would be offered to businesses already operating within ten miles of Fernhill, with reduced rent for the first two years. He also promised 40 free parking spaces and a covered bike shelter.\n\n"
     "Residents will be able to view the designs at an open house at Fernhill Town Hall on March 18 from 4 to 8 p.m. A final planning hearing is scheduled for April, and written comments can be sent to the planning office until then."),
    ("Workers demolishing the old gymnasium at Harlow Creek Elementary School on Monday found a copper time capsule sealed inside a cornerstone, more than a decade after the school had given up looking for it.\n\n"
     "The capsule was buried in 1962, when the gym was built, and was supposed to be opened in 2012. That year, staff searched the building and dug up part of the front lawn, but found nothing. Records from 1962 said only that it had been placed \"near the main entrance,\" and the gym's entrance had been moved during a 1985 renovation.\n\n"
     "Site foreman Luis Garza said his crew noticed a hollow sound when they cracked the cornerstone. \"We stopped everything and called the principal,\" he said.\n\n"
     "Principal Karen Whitfield said the school will open the capsule at a public assembly on Friday, May 9, at 2 p.m. in the cafeteria. Several former students from the class of 1962 have been invited, including Margaret Dunleavy, 73, who says she remembers writing a letter about what she thought life would be like in the year 2000. \"I predicted flying cars,\" she said. \"I'm a little embarrassed.\"\n\n"
     "Whitfield said the school plans to bury a new capsule under the new gym, which is due to open in January, and that students in every grade will be asked to contribute one item.\n\n"
     "tl;dr?"),
    ("Explain this to a 10-year-old in two sentences:\n\n"
     "The ferry that links Inchmara and Dunlay islands will not run for at least three weeks after inspectors found a crack in its hull during routine checks on Thursday, the island council said.\n\n"
     "The MV Sheila Grant, which is 31 years old, carries about 400 passengers and up to 20 cars a day across the four-mile channel. The crack, roughly 40 centimetres long, is above the waterline and the council said no passengers were ever in danger, but the vessel cannot sail until it has been repaired at a dry dock in Oban.\n\n"
     "In the meantime, a smaller passenger-only boat, the Kittiwake, will run four return trips a day, leaving Inchmara at 7:30, 10:00, 13:30 and 17:00. It can carry 36 people and no vehicles. Islanders who need to move a car or deliver goods have been asked to contact the council's transport office, which is arranging a landing craft twice a week.\n\n"
     "Fiona MacRae, who runs the only shop on Dunlay, said deliveries of fresh food would be the biggest problem. \"Bread and milk come over every morning. If that stops, people notice fast,\" she said.\n\n"
     "The council has promised to publish an update on repairs every Monday. It has also renewed calls for the Scottish Government to fund a replacement ferry, a request first made in 2019."),
    ("Give me the gist in two lines:\n\n"
     "The Regent, a 1938 art deco cinema on Harbour Road in Saltby that closed in 2020, will reopen on 14 November as a community-owned cooperative, after more than 1,100 local residents bought shares in a rescue campaign.\n\n"
     "The Regent Community Cinema Society raised £486,000 through a share offer that closed in June, with shares sold at £50 each and no one allowed to hold more than 200. The money paid for the building, new digital projectors, and repairs to the roof and the famous neon sign, which had not lit up since 2017.\n\n"
     "The cinema will have one 240-seat screen and a smaller 40-seat room for community groups, film clubs and children's parties. It will employ four full-time staff and rely on about 60 volunteers to run the café and box office.\n\n"
     "Society chair Gwen Ashworth, a retired English teacher, said the programme would mix new releases with classic films and live broadcasts of theatre and opera. Tickets will cost £7 for adults and £4 for under-16s, with a £3 matinee every Tuesday.\n\n"
     "The opening night will show Singin' in the Rain, the first film Ashworth remembers seeing there as a child. Shareholders will get first access to tickets from 1 November, and general sales open a week later."),
    ("I use this app. What does this announcement mean for me?\n\n"
     "An update on the future of Quillbox\n\n"
     "Dear Quillbox users,\n\n"
     "After eleven years, we have made the difficult decision to shut down Quillbox. Since our team joined Tessera Software in 2023, we have tried to keep the app running alongside Tessera Notes, but maintaining two products has meant neither gets the attention it deserves.\n\n"
     "Here is what will happen. Starting today, new sign-ups are closed, and the Quillbox Pro plan is no longer available for purchase. Existing subscribers will keep all Pro features until the shutdown, and anyone who paid for an annual plan will receive a prorated refund for unused months, automatically, to their original payment method, by the end of next month.\n\n"
     "On September 30, the Quillbox apps for iPhone, Android and desktop will stop syncing. You will still be able to open and read your notes offline, but changes will not be saved to the cloud. On December 31, all Quillbox servers will be switched off and stored data will be permanently deleted.\n\n"
     "We have built a one-click import into Tessera Notes that brings over your notebooks, tags, attachments and reminders. Quillbox users will get Tessera Notes Premium free for 12 months. If you prefer another app, you can export everything as Markdown or PDF from Settings > Export.\n\n"
     "Thank you for writing, planning and remembering with us.\n\n"
     "— Hannah Ekwueme, Quillbox co-founder"),
    ("List the dates and deadlines mentioned:\n\n"
     "Voltra Bikes Announces Voluntary Recall of PowerCell 500 Batteries\n\n"
     "PORTLAND, Ore., April 7 — Voltra Bikes today announced a voluntary recall of approximately 18,400 PowerCell 500 batteries sold with its Metro and Ridge e-bike models between March 2023 and January 2024. The batteries can overheat while charging, posing a fire risk.\n\n"
     "Voltra has received 23 reports of batteries overheating, including four that caused minor property damage. No injuries have been reported.\n\n"
     "Affected batteries have serial numbers beginning with PC5-23 or PC5-24A, printed on a white label underneath the battery. Owners should stop charging the battery immediately and register for a free replacement at voltrabikes.com/recall. Replacement batteries will begin shipping on April 21, and Voltra expects to have sent all of them by June 30. Each kit includes a prepaid, fire-safe box for returning the old battery, which must be sent back within 30 days of receiving the new one.\n\n"
     "Owners who register before May 15 will also receive a $75 voucher for Voltra accessories. Customers who prefer not to wait can bring their bike to any of Voltra's 140 authorized dealers, where the battery will be swapped on the spot while stock lasts.\n\n"
     "\"Safety comes before everything else,\" said Voltra CEO Martin Ilves. \"We are sorry for the inconvenience and grateful to the riders who reported problems.\"\n\n"
     "Voltra's customer line is open 7 a.m. to 7 p.m. Pacific, Monday through Saturday."),
    ("Starting Monday, June 2, all 64 Beanstalk Coffee shops across the Midlands will stop offering single-use paper cups for drinks served in-store, and will introduce a deposit scheme for takeaway cups.\n\n"
     "Customers ordering a takeaway drink will pay a £1 deposit for a sturdy, dishwasher-safe Beanstalk cup made from recycled plastic. The cup can be returned to any Beanstalk shop, or to one of 30 return points at partner businesses such as train stations and gyms, and the £1 is refunded straight away in cash or to the Beanstalk app. Customers who bring their own clean cup will continue to get 25p off every drink.\n\n"
     "The company says it used about 11 million paper cups last year, and fewer than 5 percent were recycled because of their plastic lining. Beanstalk ran a three-month trial in its eight Leicester shops last autumn, where 82 percent of deposit cups came back.\n\n"
     "Managing director Priya Chandran admitted that the trial was not perfect. Some customers found the deposit confusing, and queues grew longer in the first few weeks. \"We've trained staff better and made the signs clearer,\" she said. \"We think most people want to do the right thing if it's easy.\"\n\n"
     "Paper cups will still be available for 20p for customers who do not want to pay a deposit, until the end of the year.\n\n"
     "Can you boil this down to three bullet points?"),
    ("Summarize in one sentence for my boss:\n\n"
     "FOR IMMEDIATE RELEASE — Northmark Freight and Callisto Logistics Agree to Merge\n\n"
     "ROTTERDAM, 12 February — Northmark Freight B.V. and Callisto Logistics GmbH today announced that they have signed an agreement to combine the two companies, creating one of the largest independent road and rail freight operators in Northern Europe.\n\n"
     "The combined company, to be called Northmark Callisto, will have annual revenue of around €1.9 billion, a fleet of 6,200 trucks, and 11,500 employees in nine countries. Northmark shareholders will own 55 percent of the new company and Callisto shareholders 45 percent. No cash will change hands.\n\n"
     "Northmark's chief executive, Anneke de Vries, will lead the combined business, while Callisto's CEO, Jürgen Albrecht, will become chairman of the board. Headquarters will remain in Rotterdam, with a second main office in Hamburg.\n\n"
     "The companies expect to save about €85 million a year by 2028, mostly by sharing warehouses, combining IT systems, and reducing the number of half-empty trucks on the road. They said there are no plans for large-scale job cuts, but that some roles in administration will change.\n\n"
     "The deal still needs approval from the European Commission and shareholders of both companies. Both firms expect it to close in the third quarter of this year. Until then, Northmark and Callisto will continue to operate as separate companies, and existing customer contracts will not change."),
    ("What are the action items here?\n\n"
     "Ashgrove Players — Production Meeting, The Importance of Being Earnest\n"
     "Date: Thursday 6 March, 7:30 pm, church hall\n"
     "Present: Colin (director), Marisa (stage manager), Dev (set), Ruth (costumes), Ade (lighting), Jo (front of house)\n\n"
     "1. Rehearsals: Act 2 still shaky. Colin wants all actors off-book by 20 March. Marisa to send the updated rehearsal calendar to the cast by Sunday.\n\n"
     "2. Set: The garden wall flat cracked when it was moved last week. Dev will rebuild it using the leftover plywood, but needs two volunteers on Saturday morning. Jo offered to ask the youth group.\n\n"
     "3. Costumes: Ruth has found most of the Victorian costumes through the county costume library, but Lady Bracknell's hat is still missing. Ruth will contact the Fenwick Players, who did the same play in 2022, to see if they can lend theirs.\n\n"
     "4. Lighting: The old dimmer board failed during the last tech test. Ade has a quote of £340 to repair it versus £900 for a second-hand replacement. Group agreed to repair it for now. Ade to book the repair this week.\n\n"
     "5. Tickets: 212 of 360 sold across three nights. Jo will put posters up at the library and the GP surgery and post on the village Facebook page.\n\n"
     "Next meeting: Thursday 13 March, same time."),
    ("Summarize in one sentence for my boss:\n\n"
     "Incident Review — Checkout outage, Saturday 22 November\n"
     "Attendees: Nadia Farouk (engineering lead), Tom Reyes (on-call SRE), Keiko Sato (payments), Ben Alder (customer support)\n\n"
     "Summary: Between 11:42 and 13:17 UTC, about 38 percent of checkout attempts on the web store failed with a timeout error. The mobile app was not affected. Support estimates roughly 2,900 customers saw the error; finance estimates around €41,000 in delayed or lost orders.\n\n"
     "Cause: A configuration change to the payment service's connection pool was deployed on Friday evening. Because of a typo, it reduced the maximum number of database connections from 200 to 20. Traffic on Friday night was low, so nothing broke until Saturday's lunchtime peak.\n\n"
     "Why it took so long: The alert for checkout errors fired at 11:49, but it was routed to an old pager group. Tom only learned of the problem at 12:31 from a support escalation. Rollback took another 40 minutes because the previous version had to be rebuilt.\n\n"
     "Agreed actions:\n"
     "- Keiko to add automated checks for connection pool settings before deploy (due 5 Dec).\n"
     "- Tom to fix alert routing and test all payment alerts (due 28 Nov).\n"
     "- Nadia to keep the last three builds ready for instant rollback (due 12 Dec).\n"
     "- Ben to send an apology email and 10% discount code to affected customers (this week).\n\n"
     "No customer card data was exposed."),
    ("Who's doing what? Summarize these minutes by person.\n\n"
     "Hollybrook Allotment Society — Committee Minutes, 2 February\n\n"
     "Present: Sheila Brandt (chair), Omar Haddad (treasurer), Lin Zhao (secretary), Pete Rowlands, Gloria Mensah. Apologies: Frank Doyle.\n\n"
     "Water: The council has confirmed that the water supply to the site will be switched back on on 1 April. Pete reported that two of the standpipes leaked last autumn. He will replace the washers before then and buy spare parts from the hardware store, up to £60.\n\n"
     "Fees: Omar reported that 41 of 56 plot holders have paid this year's rent of £45. Reminder letters will go out from Lin this week, with a final deadline of 28 February. Unpaid plots after that date will be offered to the waiting list, which currently has 19 names.\n\n"
     "Shed break-in: Two sheds were broken into in January and a strimmer and some hand tools were taken. Gloria will ask the council about fixing the broken section of fence on the canal side and will report it to the police community support officer.\n\n"
     "Open day: The committee agreed to hold a seed swap and open day on Saturday 10 May. Sheila will book the tea urn and tables from the community centre, and Lin will design a flyer.\n\n"
     "Composting: Frank had proposed a shared compost bay near the gate. Discussion postponed to the March meeting.\n\n"
     "Next meeting: Sunday 2 March, 11 am, in the site hut."),
    ("List the dates and deadlines mentioned:\n\n"
     "Launch sync — Sprout Squad (kids' co-op board game)\n"
     "Tuesday 9 September. Attendees: Maya (product), Eli (marketing), Grace (ops), Sunil (design)\n\n"
     "Production: The factory in Dongguan sent final sample copies last week. Sunil found that two of the card colours are too close for colour-blind players. Fix is approved; updated print files must reach the factory by 16 September, or we lose our production slot.\n\n"
     "Shipping: Factory now expects to finish the run of 8,000 copies on 10 October. Sea freight takes roughly five weeks, so Grace estimates stock arriving in our UK warehouse around 17 November. This is tight for Christmas. Grace will get a quote for air-freighting 1,500 copies as backup and share it by Friday.\n\n"
     "Marketing: Eli wants to open pre-orders on 1 October at £29.99 (RRP will be £34.99). Review copies go out to 12 family-gaming YouTubers and bloggers on 22 September so videos can go live the week pre-orders open. Eli to confirm the list with Maya by Thursday.\n\n"
     "Retail: Two independent toy shop chains are interested. Maya will send them sell sheets this week. Their buying deadline for Christmas stock is 31 October.\n\n"
     "Risk: If the colour fix slips, everything moves by at least three weeks and we miss Christmas. Sunil said he will have the files done by Monday.\n\n"
     "Next sync: Tuesday 16 September."),
    ("I've spent 19 nights in the Summit Nest 2 rooftop tent since May, across the Lake District, Snowdonia, and a week on the west coast of Ireland, so here's my honest take.\n\n"
     "The good: setup really is as fast as advertised. Pop two latches, pull the strap, and the tent unfolds in under a minute. Packing away takes longer, about ten minutes, mostly because you have to tuck the fabric in carefully or the cover won't zip. The mattress is thick and genuinely comfortable, and the skylight window is lovely on clear nights. It handled a proper Atlantic storm near Clifden with winds that rocked the whole car, and we stayed completely dry.\n\n"
     "The less good: it weighs 64 kg, so you need a strong roof rack and two people to lift it on and off. My fuel economy dropped by about 12 percent on the motorway and there's noticeable wind noise above 60 mph. Condensation is a real problem on cold nights if you don't open both vents, and the ladder is steep enough that my partner hated climbing down in the middle of the night.\n\n"
     "At £2,150, it's not cheap. If you camp more than a dozen nights a year and hate pitching in the rain, I think it's worth it. If you camp twice a summer, a good ground tent is a much better buy. Four stars.\n\n"
     "tl;dr?"),
    ("Would this reviewer go back? Summarize the review.\n\n"
     "Two visits to Hinode Ramen on Clement Street, and I'm still making up my mind.\n\n"
     "First visit was a Tuesday night, around 6:30. We waited maybe ten minutes. I had the tonkotsu with chashu and a soft-boiled egg ($17), and it was excellent: the broth was rich and creamy without being greasy, the noodles had real bite, and the egg was perfectly jammy. My friend's spicy miso was a bit salty but still good. The gyoza were crispy on the bottom and came out fast. Service was friendly and quick.\n\n"
     "Second visit was a Saturday, and it felt like a different restaurant. We waited 50 minutes outside, which I expected, but then the food was rushed. My tonkotsu was lukewarm, the noodles were soft, and the chashu was dry at the edges. The server forgot our drinks and we had to ask twice. When I mentioned the soup temperature, they did offer to remake it, which I appreciated, and the second bowl was much better.\n\n"
     "Prices are on the higher side for the area, and there's a 3% \"kitchen wellness\" fee added to the bill that isn't mentioned on the menu. I'd rather they just put it into the prices.\n\n"
     "Overall: on a quiet weeknight this is some of the best ramen in the city. On weekends, I'd skip it. Three and a half stars."),
    ("Give me one line of pros and one line of cons from this review:\n\n"
     "I've been using Lingofolk for Portuguese for 143 days in a row now (yes, I'm proud of the streak), paying $12.99 a month for the Plus plan. I'm writing this because I'm trying to decide whether to renew for a full year at $89.\n\n"
     "What I like: the short daily lessons are easy to fit in, usually 10 to 15 minutes on the train. The speaking exercises with speech recognition are better than in other apps I've tried, and the AI conversation partner is surprisingly patient and fun. The app also explains grammar in plain language instead of just making you guess from examples.\n\n"
     "What bugs me: the content is mostly Brazilian Portuguese, which is fine for me, but the app never says so clearly, and my friend who's moving to Lisbon was annoyed. After level 4, lessons start to feel repetitive, with the same restaurant and hotel dialogues over and over. The streak system also pushes you to do the easiest possible lesson just to keep the number going, which I've caught myself doing too often.\n\n"
     "Last month I had a real 20-minute conversation with my neighbor from Recife, which I couldn't have done a year ago, so something is working. But I think I need a tutor now more than another year of the app. Four stars for beginners, three for intermediate learners."),
    ("Summarize this review for someone deciding whether to buy the drill.\n\n"
     "Bought the Torvik 20V brushless drill/driver kit ($139 with two batteries and a charger) for a kitchen renovation, and I've now used it for about three months, almost daily for the first few weeks.\n\n"
     "Power is the big selling point and it delivers. It drove 3-inch deck screws into pressure-treated lumber without stalling and handled a 1-inch spade bit through a stud with no trouble. The clutch has 21 settings and is easy to read, which made putting up cabinets without stripping screws much easier. The LED light is well placed and actually useful.\n\n"
     "Battery life is good: one 2.0 Ah battery lasted a full morning of hanging drywall and the charger tops it up in around 45 minutes. The included bag is thin and the zipper broke within a month, but that's a minor issue.\n\n"
     "My real complaint is the chuck. Twice, the bit slipped under heavy load, and I had to retighten it much harder than I do on my old DeWalt. A friend who owns the same model said he has the same issue. Also, at 3.6 pounds with the battery, it's heavier than I expected for overhead work, and my wrist was sore after a day installing ceiling lights.\n\n"
     "For homeowners and regular DIY jobs, I think it's a great value. If you're a contractor using it all day, I'd spend more on something lighter with a better chuck."),
    ("Give me the 3 key points of this email:\n\n"
     "Subject: Price changes from 1 March and a new ordering portal\n\n"
     "Dear Ms Kowalczyk,\n\n"
     "Thank you for being a valued customer of Hartley Paper & Packaging for the past seven years.\n\n"
     "I am writing to let you know that, from 1 March, prices on most of our corrugated boxes will rise by 6.5 percent. This reflects increases in the cost of recycled board from our mills and higher energy and transport costs over the past year. Prices on tissue paper, tape and labels will not change. A full updated price list is attached.\n\n"
     "To soften the impact, any orders placed before 28 February will be charged at current prices, even if they are delivered in March. We can also hold current prices for three months for customers who commit to a minimum monthly order of £1,500 — please let me know by 20 February if this would interest you.\n\n"
     "Separately, we are moving all ordering to our new online portal, which allows you to track deliveries, reorder with one click and download invoices. Email and phone orders will still be accepted until 31 March, after which we ask that all orders go through the portal. Your login details will arrive in a separate email this week.\n\n"
     "Please don't hesitate to call me on 0161 555 0392 if you have any questions.\n\n"
     "Kind regards,\n"
     "Gareth Whitlow\n"
     "Account Manager, Hartley Paper & Packaging"),
    ("Summarize this ticket for the engineering handoff.\n\n"
     "Ticket #88214 — Priority: Medium — Product: Nimbus Smart Thermostat (2nd gen)\n"
     "Opened: 14 January, 09:12, by customer via web form. Customer: Rafael Ortiz, Denver, CO. Account since 2021.\n\n"
     "Customer message: \"Since the update last night my thermostat shows 'offline' in the app. The screen on the wall still works and I can change the temperature by hand, but the schedule isn't running and the house was 58 degrees when we woke up. I have two kids and it's 10 degrees outside. I already restarted the router and the thermostat twice. Please help.\"\n\n"
     "Agent notes (Kim L.): Confirmed the device updated to firmware 4.2.1 at 02:14. Device is connecting to Wi-Fi (router logs shown by customer over video call) but not reaching our cloud. Had customer forget and re-add the network — no change. Customer's router is a Linksys model set to WPA3 only. Checked internal board: at least 37 other tickets since this morning with firmware 4.2.1 and WPA3-only routers. Older firmware with same routers worked fine.\n\n"
     "Workaround given: customer switched router to WPA2/WPA3 mixed mode, thermostat came back online at 10:05 and schedule is running. Customer is OK for now but unhappy about having to change security settings and asked for a credit.\n\n"
     "Request: Please confirm whether 4.2.1 has a WPA3 bug and if a fix or rollback is planned. Also need approval for a one-month subscription credit."),
    ("What does the writer want from me?\n\n"
     "Subject: Final details for your wedding on 21 June — action needed\n\n"
     "Hi Amara and Josh,\n\n"
     "I can't believe it's only six weeks until your big day at Larchfield Barn! Everything is coming together nicely, and I just need a few things from you to finalise our plans with the kitchen and the team.\n\n"
     "First, could you please confirm your final guest numbers by Friday 9 May? At the moment we have 96 for the day and 130 for the evening, but I know a few RSVPs were still outstanding. Our caterers need the final figure to order food, and numbers can only go down, not up, after this date.\n\n"
     "Second, I still need your table plan and any dietary requirements. From your last email, I have two vegans, one coeliac and a nut allergy, but please let me know which tables they are on so the servers know.\n\n"
     "Third, the remaining balance of £6,240 is due by 23 May. Bank details are on your invoice. If you'd like to split it into two payments, just let me know and that's no problem.\n\n"
     "Lastly, you mentioned you might want the ceremony outside in the orchard. We'll make a final weather call at 10am on the day, but I'd like to know by the end of May which you'd prefer as your first choice.\n\n"
     "Warm wishes,\n"
     "Harriet\n"
     "Events Coordinator, Larchfield Barn"),
    ("Hey Sam,\n\n"
     "Sorry to throw this at you on a Sunday night, but I've got a bit of a family emergency. My dad had a fall this afternoon and he's in hospital in Leeds, so I'm driving up first thing tomorrow and will probably be gone until Thursday.\n\n"
     "I know you're already busy, but could you cover the Meridian account while I'm away? It shouldn't be too much. The main thing is the client call on Tuesday at 2pm with Laura Bennett and her team. They want to go over the revised campaign budget, which is in the shared drive under Meridian > Q2 > budget_v3. The numbers are final; they just want someone to walk them through the changes to the social media spend. I've left notes in the doc.\n\n"
     "Also, the print proofs for their brochure should arrive on Wednesday. Could you check them against the approved copy and sign them off if nothing's wrong? The printer needs the sign-off by Wednesday at 5pm or we lose our slot.\n\n"
     "Anything else can wait until I'm back. I'll have my phone, but signal at the hospital is patchy, so text rather than call. I've already told Priya that you might be covering, and she's fine with it.\n\n"
     "Thanks so much, I really owe you one.\n\n"
     "Chris\n\n"
     "What does the writer want from me? Keep it short."),
    ("Give me the 3 key points of this email:\n\n"
     "Subject: Claim for lost suitcase — booking ref TRX-44720\n\n"
     "Dear Customer Service,\n\n"
     "I travelled on your coach service from Kraków to Prague on 3 August (departure 07:45, coach number 217). At the start of the journey, my large blue hard-shell suitcase was placed in the luggage hold by your driver, who gave me a tag with the number 0593. When we arrived in Prague at 15:10, the suitcase was not in the hold. The driver said it had probably been unloaded by mistake at the stop in Ostrava.\n\n"
     "I reported this immediately at your desk at Florenc station and was given reference number LF-2291. I was told someone would contact me within 48 hours. It has now been eleven days, and nobody has called or written, despite three emails from me.\n\n"
     "The suitcase contained clothes, a camera, and my prescription glasses. I have had to spend 412 euros on replacement clothes, toiletries, and new glasses, and I have attached all receipts.\n\n"
     "I would like you to either locate and deliver my suitcase to my home address in Vienna within the next seven days, or compensate me for its contents, which I estimate at 1,350 euros, plus the 412 euros in costs. I would also appreciate an explanation of what happened.\n\n"
     "If I do not hear back by 21 August, I will take the matter to the consumer protection authority.\n\n"
     "Sincerely,\n"
     "Katarina Novak"),
    ("Explain this to a 10-year-old in two sentences:\n\n"
     "Classroom Carbon Dioxide Levels and Performance on Attention Tests in Primary School Children\n\n"
     "Many classrooms are poorly ventilated, especially in winter, when windows stay closed. Carbon dioxide (CO2) builds up as children breathe, and high levels have been linked to tiredness and poor concentration in adults. Less is known about children.\n\n"
     "We measured CO2 levels in 24 classrooms across 9 primary schools in the Netherlands during the winter term. In each classroom, children aged 9 to 11 (n = 581) completed a short computer-based attention test on two days: once under normal conditions and once after teachers had opened windows for ten minutes every hour or run a portable ventilation unit with fresh-air intake. The order of the two days was randomized.\n\n"
     "Average CO2 levels were 1,820 parts per million (ppm) on normal days and 930 ppm on ventilated days. On ventilated days, children answered 6.8 percent more questions correctly and were 4.1 percent faster on average. The effect was largest in classrooms with the highest starting CO2 levels. There were no differences between boys and girls.\n\n"
     "These results suggest that simple ventilation can improve children's concentration at almost no cost. However, the study lasted only a few weeks and measured only short-term test performance. Opening windows also made some classrooms colder, and a few teachers reported complaints. Longer studies are needed to see whether better air improves learning over a school year."),
    ("Summarize in one sentence:\n\n"
     "Playing Healthy Reef Sounds to Attract Fish to Restored Coral Patches\n\n"
     "Coral reefs around the world have been badly damaged by warming seas, and restoration projects often struggle because few fish return to new coral. Healthy reefs are noisy places, full of the crackle of shrimp and the calls of fish, while damaged reefs are quiet. We tested whether playing recordings of a healthy reef could bring fish back faster.\n\n"
     "Between March 2022 and February 2023, we built 30 small patches of transplanted coral on a degraded reef off the coast of Sulawesi, Indonesia. Ten patches had an underwater loudspeaker playing healthy reef recordings every night, ten had a silent speaker, and ten had no speaker at all. Divers counted fish on each patch every two weeks.\n\n"
     "After 12 months, patches with reef sounds had 52 percent more fish and 38 percent more fish species than patches without sound. Young fish, especially damselfish and cardinalfish, settled much more often at the noisy patches. Coral on the noisy patches also grew about 15 percent faster, possibly because plant-eating fish kept seaweed under control.\n\n"
     "Sound playback could be a cheap way to speed up reef restoration. However, speakers need regular maintenance, and we do not yet know whether fish stay once the sound is switched off. We also tested only one site and one season of recordings."),
    ("What's the bottom line of this abstract?\n\n"
     "Daily Fermented Food Intake and Gut Microbiome Diversity in Adults Aged 65 to 80: A Randomized Controlled Trial\n\n"
     "Background: Diversity of gut bacteria tends to fall with age and has been linked to frailty and inflammation. Fermented foods such as yogurt, kefir, kimchi and sauerkraut contain live microbes and may help, but few trials have tested them in older adults.\n\n"
     "Methods: We recruited 212 healthy adults aged 65 to 80 in Lyon and Montreal. Participants were randomly assigned to eat four to six servings of fermented foods per day (n = 106) or to continue their usual diet with advice to eat more fiber (n = 106) for ten weeks. Stool and blood samples were collected at the start, at ten weeks, and four weeks after the diet ended.\n\n"
     "Results: 184 participants completed the study. The fermented food group showed a steady increase in gut microbiome diversity, with an average rise of 11 percent by week ten, while the fiber group showed no significant change. Several markers of inflammation in the blood, including interleukin-6, fell in the fermented food group. Benefits had mostly disappeared four weeks after the diet ended. Eleven participants dropped out of the fermented food group, most often because of bloating or dislike of the taste.\n\n"
     "Conclusions: Eating several servings of fermented foods daily may increase microbiome diversity and lower inflammation in older adults, but the effect appears to need ongoing intake."),
    ("Accent and Speech Recognition Errors in Five Commercial Voice Assistants\n\n"
     "Voice assistants are now used in millions of homes, but they may not work equally well for everyone. We measured how often five popular voice assistants misunderstood spoken requests from speakers of different English accents.\n\n"
     "We recorded 96 adult volunteers from six accent groups: Southern US, General American, Scottish, Nigerian, Indian, and Jamaican English. Each person read the same 120 everyday requests, such as setting timers, asking for the weather, and playing music, in a quiet room. Recordings were played to each assistant through the same speaker, and we counted a request as an error if the assistant's response did not match the request.\n\n"
     "The average error rate across all assistants was 8.2 percent for General American speakers, but 13.5 percent for Scottish speakers, 16.9 percent for Indian speakers, 19.4 percent for Nigerian speakers and 21.1 percent for Jamaican speakers. The gap was smallest for short commands like \"stop\" and largest for requests that included names of people, places or songs. One assistant performed noticeably better across all non-American accents, suggesting that the gap can be reduced with broader training data.\n\n"
     "Because all recordings were made in a quiet room, real-world error rates are likely higher. Our sample also did not include children or older adults.\n\n"
     "Summarize the findings and the main limitation."),
    ("Just give me the ingredients and the steps, short version:\n\n"
     "I spent ten days in Georgia (the country, not the state) in 2019, and I think I ate khachapuri at least twice a day. The one that ruined me for all other bread was the Adjarian kind, a boat-shaped loaf filled with bubbling cheese, with a raw egg and a knob of butter dropped into the middle right before serving. The woman who ran our guesthouse in Batumi, Nino, showed me how she made it on my last morning, and I scribbled everything on the back of a bus ticket.\n\n"
     "Here's my version. Mix 500 g flour, 7 g instant yeast, 1 teaspoon sugar, 1 teaspoon salt, 300 ml warm milk and 2 tablespoons of oil into a soft dough, knead for 8 minutes, and let it rise for an hour. For the filling, mix 250 g grated mozzarella with 250 g crumbled feta (Nino used sulguni and imeruli cheese, which are hard to find here).\n\n"
     "Divide the dough into three, roll each into an oval, roll up the long edges and pinch the ends to make a boat. Fill with cheese and bake at 230°C for 12 minutes. Then make a well in the cheese, crack in an egg, and bake 3 more minutes, until the white is just set. Add a cube of butter and serve at once.\n\n"
     "To eat it, you stir the egg and butter into the cheese and tear off the crust to dip. Nino laughed at me for using a fork."),
    ("The winter I turned twenty-two, I spent three months on a homestay farm outside Furano, in Hokkaido, helping the Takeda family with their greenhouse. It was minus fifteen most mornings. I barely spoke any Japanese, and Mrs. Takeda barely spoke any English, so we communicated mostly through food. Her kabocha squash, roasted with miso and butter, is the dish I think about every single November.\n\n"
     "It's almost too easy to be a recipe. Cut one kabocha (about 1 kg) in half, scoop out the seeds, and slice it into wedges about 2 cm thick. Don't peel it; the skin goes soft and tastes great. Mix 2 tablespoons of white miso, 2 tablespoons of melted butter, 1 tablespoon of honey and a splash of soy sauce into a paste. Brush it over the wedges and roast on a lined tray at 200°C for 25 to 30 minutes, turning once, until the edges are dark and sticky. Finish with toasted sesame seeds and sliced spring onion.\n\n"
     "Mrs. Takeda served it with plain rice and miso soup after long days in the greenhouse, and it always felt like more than the sum of its parts. If you can't find kabocha, butternut squash works, but it's wetter, so give it an extra 10 minutes. Leftovers are great cold the next day, straight from the fridge, which is exactly how her son ate them.\n\n"
     "summarize pls — how long does it take and what do I need?"),
    ("Summarize this:\n\n"
     "For three years my flatmate Kwame and I had the same argument every few weeks: Ghanaian jollof or Nigerian jollof. He's from Kumasi, my mum's from Lagos, and neither of us was ever going to give in. Last summer we finally settled it the only reasonable way, with a cook-off judged by six friends who had no stake in the fight. (I lost, four votes to two, and I'm still bitter.)\n\n"
     "But the recipe I made is still the one I use, and honestly, I think the judges were wrong. The secret is the pepper base. Blend 4 plum tomatoes, 2 red bell peppers, 1 scotch bonnet and 1 onion until smooth, then cook it down in 100 ml oil with 2 tablespoons of tomato paste for a full 25 minutes, until it's deep red and the oil separates. Don't rush this part.\n\n"
     "Add 2 bay leaves, 1 teaspoon each of curry powder and dried thyme, a stock cube and salt, then stir in 500 g of washed long-grain parboiled rice and 600 ml of chicken stock. Cover tightly with foil under the lid and cook on the lowest heat for 30 to 35 minutes without stirring. The slightly burnt layer at the bottom, the 'party rice' crust, is the best bit.\n\n"
     "Kwame now admits mine is 'very good, for Nigerian jollof.' I'll take it. Rematch is planned for August, and this time I'm choosing the judges."),
    ("What are the must-have requirements? Summarize them.\n\n"
     "Field Technician — Seagrass Monitoring Program (Seasonal)\n"
     "Coastal Ecology Institute, Beaufort, North Carolina\n"
     "Full-time, April 14 to October 31 | $22–$25 per hour, plus shared housing\n\n"
     "The Coastal Ecology Institute is hiring two seasonal field technicians to help monitor seagrass meadows and water quality in Pamlico and Core Sounds. Our long-term program has tracked the health of these meadows since 2004 and provides data to state resource managers.\n\n"
     "What you'll do:\n"
     "- Conduct snorkel and wading surveys of seagrass cover, usually 3 to 4 days per week\n"
     "- Collect water samples and download data from underwater sensors\n"
     "- Operate and maintain small boats (18–22 ft outboards)\n"
     "- Enter and check data and help with basic lab work on rainy days\n\n"
     "Required:\n"
     "- Bachelor's degree in biology, environmental science, or a related field (or graduating by May)\n"
     "- Strong swimmer, comfortable working in water for several hours in summer heat\n"
     "- Valid driver's license and clean driving record\n"
     "- Able to lift 40 lbs and work early mornings based on the tides\n\n"
     "Preferred:\n"
     "- Boating experience or a state boater safety certificate\n"
     "- Experience identifying seagrass or marine plants\n"
     "- Familiarity with Excel or R\n\n"
     "Applications are reviewed on a rolling basis until both positions are filled, with priority given to those received by March 1. Send a cover letter, résumé, and two references to jobs@coastalecology.org with the subject line \"Seagrass Tech.\" We strongly encourage applications from first-generation college graduates."),
    ("Summarize this job posting in three bullets:\n\n"
     "We're hiring at Fieldfare Books!\n\n"
     "Fieldfare Books is an independent bookshop on Castle Street in Hexworth, open since 1987 and named Independent Bookshop of the Year for the North East in 2023. We're looking for a part-time Bookseller to join our small team of five.\n\n"
     "The job is 20 hours a week, usually Thursday to Saturday, with one late evening a month for author events. Pay is £12.60 an hour, plus 30% staff discount and as many advance review copies as you can carry home.\n\n"
     "You'll be serving customers, recommending books, handling special orders, unpacking deliveries, keeping shelves tidy and helping to run our monthly events. Over time, you'll also take responsibility for one section of the shop — we currently need someone to look after children's and young adult books, so experience or enthusiasm there would be a real plus.\n\n"
     "You don't need previous bookshop experience, but you do need to be a keen reader of more than one genre, friendly and patient with customers, and comfortable using a till and a simple stock system. The shop is in an old building with steep stairs to the upstairs rooms, which you'll need to manage several times a day.\n\n"
     "To apply, email a short letter to Helen at jobs@fieldfarebooks.co.uk telling us about yourself and three books you've loved in the last year, and why. Closing date: Sunday 13 April. Interviews will take place the following week."),
    ("List the dates and deadlines mentioned:\n\n"
     "Senior Data Analyst, Patient Flow\n"
     "Riverbend Health System — Columbus, Ohio (hybrid, 3 days on site)\n"
     "Salary range: $98,000–$118,000\n\n"
     "Riverbend Health System operates six hospitals and 40 outpatient clinics across central Ohio. Our Analytics team helps leaders understand where patients wait, why beds stay empty, and how to get people home safely and sooner.\n\n"
     "In this role, you will build dashboards tracking emergency department wait times, bed occupancy and discharge delays; analyze data from our electronic health record system; and work directly with nurse managers and physicians to test changes. You'll also mentor two junior analysts.\n\n"
     "Requirements: at least five years of experience in data analysis, including two in healthcare; strong SQL; experience with Tableau or Power BI; and the ability to explain findings clearly to non-technical audiences. Experience with Epic data is a strong plus.\n\n"
     "Important dates: Applications open February 3 and close February 24 at 11:59 p.m. Eastern. Shortlisted candidates will be contacted by March 7 for a 30-minute phone screen. Final interviews, including a short take-home exercise due 48 hours after it is sent, will be held in the week of March 17. The successful candidate is expected to start on or before May 5.\n\n"
     "Riverbend offers medical, dental and vision coverage from day one, a 403(b) with a 5% match, 25 days of paid time off, and $2,000 a year for professional development. Riverbend is an equal opportunity employer."),
    ("What does the writer want from me?\n\n"
     "Subject: Shh! Surprise send-off for Deborah — Friday 27 June\n\n"
     "Hi all,\n\n"
     "As most of you know, Deborah Ng is retiring at the end of June after 31 years at Ellison & Park — longer than some of us have been alive! She has trained half of the accounts team, remembered every single birthday, and rescued the office Christmas party more than once. We can't let her leave without a proper send-off.\n\n"
     "We're planning a surprise party on Friday 27 June from 4:30 pm in the Riverside Room on the third floor. Deborah thinks she is coming to a 'budget review', so please keep it quiet and don't mention it in the group chat she's in.\n\n"
     "Here's what I need from you:\n\n"
     "1. Let me know by Wednesday 18 June whether you can come, so I can order the right amount of food.\n"
     "2. We're collecting for a gift — a weekend at a spa in the Lake District and a framed photo of the team. If you'd like to chip in, please give cash or transfer to Marcus in Finance by Friday 20 June. Any amount is welcome.\n"
     "3. There's a card going around in a brown envelope. Please sign it and pass it on quickly; it needs to be back with me by 24 June.\n"
     "4. If you have any old photos of Deborah from office events, please email them to me for the slideshow.\n\n"
     "Thanks, everyone!\n\n"
     "Lucy, Office Manager"),
    ("You're invited to the Millbrook Valley Star Party!\n\n"
     "On Saturday, August 16, the Millbrook Astronomy Club is inviting everyone to a free night of stargazing at Cedar Ridge Farm, 4 miles north of town on County Road 12. This year's event falls just a few days after the peak of the Perseid meteor shower, so with luck we'll see plenty of shooting stars as well.\n\n"
     "Gates open at 7:30 p.m. Before it gets dark, club members will run a solar telescope so you can safely look at sunspots, and there will be a short talk for kids at 8:15 on 'How to Find the Summer Triangle.' Once the sky is dark, around 9:30, more than 20 telescopes will be set up in the big field, pointed at Saturn, the Moon, star clusters and faraway galaxies.\n\n"
     "What to bring: a folding chair or blanket, warm layers (it gets chilly after midnight even in August), bug spray, and a flashlight covered in red cellophane. Please avoid using white lights or phone screens on the field, as they ruin everyone's night vision. The Hendricks family will be selling hot chocolate and popcorn, with proceeds going to the county library.\n\n"
     "If the sky is cloudy, the event moves to Sunday, August 17. Check our Facebook page after 3 p.m. on Saturday for updates. No dogs, please.\n\n"
     "tl;dr? When and where?"),
    ("List the dates and deadlines mentioned:\n\n"
     "Dear Class of 2005,\n\n"
     "Can you believe it's been twenty years? The Alumni Office at St. Bride's College and your reunion committee are delighted to invite you to our 20th Anniversary Reunion Weekend, from Friday 19 to Sunday 21 September.\n\n"
     "The weekend begins on Friday evening with an informal welcome drinks reception in the Old Library from 6:30 pm. On Saturday, there will be campus tours in the morning, a family picnic and five-a-side football on the South Lawn, and a formal dinner in the Great Hall from 7 pm (black tie optional). On Sunday morning, the chaplain will lead a short remembrance service for classmates we have lost, followed by brunch.\n\n"
     "Tickets for the full weekend are £95, or £65 for the dinner alone. Early-bird prices of £80 and £55 are available until 30 June. The final deadline for booking is 29 August, and we regret we cannot accept bookings at the door. A limited number of student rooms are available on campus for Friday and Saturday nights at £42 per night, which must be reserved by 15 August.\n\n"
     "We are also putting together a memory book. Please send us a photo and a few lines about what you've been doing since graduation by 31 July.\n\n"
     "If you have difficulty paying for a ticket, please contact the Alumni Office in confidence; a small hardship fund is available.\n\n"
     "We hope to see you there!\n\n"
     "Reunion Committee, Class of 2005"),
    ("What are the main rules here, in plain English?\n\n"
     "Brickyard Coworking — Member House Rules (effective 1 January)\n\n"
     "1. Access. Members may access the space 24 hours a day using their personal key fob. Fobs must not be shared or lent. Lost fobs will be replaced for a fee of £15.\n\n"
     "2. Desks. Hot desk members may use any unmarked desk on the ground floor on a first-come, first-served basis, and must clear the desk of personal items at the end of each day. Items left overnight will be moved to lost property. Fixed desk members may leave belongings at their assigned desk.\n\n"
     "3. Meeting rooms. Each membership includes a monthly allowance of meeting room hours (4 hours for hot desk, 10 hours for fixed desk), booked through the member app. Unused hours do not roll over. Bookings not checked in within 15 minutes will be released.\n\n"
     "4. Guests. Members may bring up to two guests per day free of charge. Guests must be signed in at reception and accompanied at all times. Guests visiting more than three days in a month must purchase a day pass.\n\n"
     "5. Noise. Phone and video calls must be taken in the phone booths or meeting rooms, not at desks. The second-floor Quiet Zone is for silent work only.\n\n"
     "6. Kitchen. Coffee and tea are free. Please wash and put away your own dishes. The fridge is cleared every Friday at 5 pm.\n\n"
     "7. Termination. Memberships are month-to-month and may be cancelled with 30 days' written notice."),
    ("Explain this to a 10-year-old in two sentences:\n\n"
     "Travelling with Pets — Aurelia Airways\n\n"
     "Small dogs and cats may travel in the cabin on most Aurelia Airways flights of up to six hours. The combined weight of the pet and its carrier must not exceed 8 kg, and the carrier must fit fully under the seat in front of you (maximum 40 x 30 x 23 cm). The pet must stay in its closed carrier for the entire flight. Only one pet per passenger is allowed, and no more than four pets may travel in the cabin on any one flight.\n\n"
     "Larger pets must travel in the temperature-controlled hold in an approved hard-sided crate. For their safety, we do not carry pets in the hold between 1 June and 31 August on routes where ground temperatures often exceed 29°C, or at any time for snub-nosed breeds such as pugs, bulldogs and Persian cats, which can have breathing difficulties.\n\n"
     "Pets must be at least 15 weeks old and have all vaccinations required by the destination country. Passengers are responsible for carrying the correct health certificates and documents. Aurelia staff may refuse travel to any pet that appears unwell or distressed.\n\n"
     "The fee for cabin pets is €55 per flight segment, and €120 for pets in the hold. Pets must be added to a booking at least 48 hours before departure by contacting our customer service team. Trained assistance dogs travel free of charge in the cabin and are not subject to the weight limit."),
    ("Summarize this policy in one sentence:\n\n"
     "Use of Generative AI Tools in Coursework — Policy Excerpt, School of Humanities, Ellery University\n\n"
     "3.1 Unless an instructor states otherwise in the course syllabus, students may use generative AI tools, such as chatbots and writing assistants, to brainstorm topics, check grammar and spelling, and get explanations of concepts they do not understand.\n\n"
     "3.2 Students may not submit text, code, images or other content produced by a generative AI tool as their own work. Where AI-generated material is included in an assignment, for example as an example for analysis, it must be clearly marked and cited, including the name of the tool and the date it was used.\n\n"
     "3.3 Instructors may set stricter rules for individual assignments, including banning AI tools completely for in-class essays, take-home exams or reflective writing. These rules must be stated in writing at the time the assignment is set. Where a course syllabus and this policy conflict, the syllabus applies.\n\n"
     "3.4 Students must keep their notes, drafts and, where relevant, their AI chat history for each assignment until final grades are released. Instructors may ask to see these if they have concerns about how the work was produced.\n\n"
     "3.5 Suspected misuse of AI tools will be handled under the University's Academic Integrity Procedure. A first minor offence will normally lead to a warning and the chance to resubmit the work. Serious or repeated offences may result in a failing grade for the course."),
    ("Fuel, Mileage and Damage — Key Terms of Your Rental Agreement (Sunway Car Hire)\n\n"
     "Fuel. Vehicles are provided with a full tank and must be returned full. If the vehicle is returned with less fuel, you will be charged for the missing fuel at our refuelling rate of €2.95 per litre, plus a refuelling service fee of €25. Alternatively, you may buy a full tank in advance at the start of your rental; no refund is given for unused fuel.\n\n"
     "Mileage. Rentals of three days or more include unlimited kilometres. Shorter rentals include 200 km per day, and each additional kilometre is charged at €0.28.\n\n"
     "Damage. Your rental includes basic Collision Damage Waiver, which limits your liability for damage to the vehicle to an excess of €1,400. A deposit equal to the excess will be held on your credit card at pick-up and released within 14 days of return if no damage is found. The waiver does not cover damage to tyres, windscreens, mirrors, the underside of the vehicle or the interior, or loss of keys. You may reduce your excess to zero by purchasing Premium Cover at €18.50 per day.\n\n"
     "Inspection. You must note any existing damage on the check-out form before leaving the car park. Damage not recorded at check-out will be presumed to have happened during your rental. Returns outside office hours are inspected the following morning, and you will be charged for any damage found at that time.\n\n"
     "What's the catch here? Summarize briefly."),
    ("Give me a two-sentence bio from this:\n\n"
     "Ingrid Halvorsen Sæther (14 March 1921 – 2 November 1998) was a Norwegian glaciologist and mountaineer, known for her long-term measurements of glacier retreat in western Norway and for being one of the first women to lead a scientific expedition to Svalbard.\n\n"
     "Born in Bergen, Sæther studied geography at the University of Oslo, where she was one of three women in her year. Her studies were interrupted by the German occupation of Norway; during the war, she worked as a teacher in Voss and is believed to have carried messages for the resistance. She completed her doctorate in 1952 with a thesis on the Nigardsbreen glacier, which she went on to measure every summer for more than forty years.\n\n"
     "In 1957, Sæther led a six-person expedition to the Austfonna ice cap on Svalbard, spending eleven weeks on the ice. Her careful records of ice thickness and snowfall from that expedition are still used by climate researchers as a baseline. She was appointed professor at the University of Bergen in 1966, becoming the university's first female professor in the natural sciences.\n\n"
     "Sæther was an outspoken supporter of mountain safety and helped found a national association of glacier guides in 1971. She received the Norwegian Geographical Society's gold medal in 1978. A small glacier in Dronning Maud Land in Antarctica, Sætherbreen, was named after her in 2001."),
    ("Explain this to a 10-year-old in two sentences:\n\n"
     "Tomás Arriaga Benítez (born 1958) is a Chilean civil engineer best known for designing low-cost earthquake-resistant housing used across Latin America.\n\n"
     "Arriaga grew up in Curicó, where his family's adobe house was badly damaged by the earthquake that struck central Chile in March 1985, while he was a student in Santiago. The experience led him to focus on why traditional adobe homes, which were cheap and common in rural areas, so often collapsed.\n\n"
     "In 1991, Arriaga developed what became known as the 'malla Arriaga', a method of reinforcing adobe walls with a mesh of plastic netting and wooden posts that families could build themselves using local materials. Tests on a shaking table showed that reinforced walls could survive shaking three times stronger than unreinforced ones. The method cost about 8 percent more than ordinary adobe construction.\n\n"
     "Through the foundation he set up in 1996, Fundación Muro Seguro, more than 40,000 homes in Chile, Peru, Ecuador and Guatemala have been built or strengthened using his designs. Engineers studying the damage after later earthquakes reported that very few reinforced homes collapsed.\n\n"
     "Arriaga was named engineer of the year by a Chilean engineering association in 2012. He lives in Valparaíso and continues to teach workshops for rural builders. Some architects have criticised him, arguing that his focus on adobe discourages investment in modern building materials."),
    ("Isla Carrizal is a small island in the Gulf of California, belonging to the Mexican state of Baja California Sur. It lies about 11 kilometres off the coast, north of the town of Loreto, and covers an area of roughly 14 square kilometres. The island is uninhabited except for a small research station and seasonal fishing camps.\n\n"
     "The island is made mostly of volcanic rock and rises to a high point of 312 metres at Cerro Pelón. It receives less than 100 millimetres of rain a year, and its vegetation consists mainly of cacti, including the giant cardón, and low desert shrubs. Because it has been separated from the mainland for thousands of years, Carrizal is home to several animals found nowhere else, including a subspecies of black-tailed jackrabbit and the Carrizal spiny-tailed iguana.\n\n"
     "The island was used by the Cochimí people, who left shell middens and rock paintings that have been dated to around 2,000 years ago. In the 19th century, it was briefly mined for guano, and the ruins of a loading pier can still be seen on the western shore. Feral goats introduced by miners severely damaged the vegetation until they were removed in a conservation programme completed in 2004.\n\n"
     "Since 1996, Isla Carrizal has been part of a protected natural area. Visitors may land only on two beaches, with a permit, and camping is prohibited. The surrounding waters are popular for kayaking, snorkelling and watching blue whales between February and April.\n\n"
     "tl;dr?"),
    ("Summarize this diary entry in a sentence.\n\n"
     "Thursday, 11 September\n\n"
     "First week on Ward 7 is done. Well, four shifts, but it feels like a month.\n\n"
     "Today was the hardest so far. I had five patients on my own for the first time, with Bernadette, my preceptor, checking in every hour. Mr. Adeyemi in bed 3 was confused all morning and kept trying to pull out his IV, and I spent so long settling him that I was forty minutes late with the 10 o'clock meds for everyone else. Bernadette didn't shout, but she showed me how to plan my round so the urgent meds come first. I wrote it on my hand.\n\n"
     "At 2pm, Mrs. Fairclough's daughter cried at the nurses' station because nobody had told her that her mum was being moved to a care home. I didn't know what to say, so I just made her a cup of tea and sat with her until the doctor came. Later she came back to thank me, which nearly made me cry too.\n\n"
     "I ate lunch at 4:15. I'm also pretty sure I walked about twenty thousand steps.\n\n"
     "Things I need to do: learn the new drug chart system properly, buy better shoes, and stop apologizing for everything. Bernadette says I say sorry more than anyone she's ever trained.\n\n"
     "I don't know yet if I'm good at this. But when Mr. Adeyemi's confusion cleared in the afternoon and he called me 'the kind one,' I thought, okay. I can come back tomorrow."),
    ("What is the writer upset about, and what are they planning to do?\n\n"
     "Dear diary,\n\n"
     "So Maddie isn't talking to me. Again. But this time it's actually serious and I don't know if it's my fault.\n\n"
     "What happened: on Friday at lunch, Zoe asked me if Maddie still liked Ethan, and I said 'I think so, but don't say anything.' I KNOW I shouldn't have said anything. By sixth period the whole grade knew, and someone wrote M + E on the board in the science room. Maddie cried in the bathroom and then texted me 'thanks a lot' with no emoji, which is basically the worst thing Maddie can do.\n\n"
     "I tried to call her on Saturday and she didn't pick up. I sent like four messages. Her mom answered the door on Sunday when I took back the book I borrowed and said Maddie was 'busy.' I could hear her music upstairs.\n\n"
     "Mom says I should apologize properly, not just in a text, and give her some space. Which makes no sense because those are opposites?? But I think she means say sorry once, properly, and then stop sending messages.\n\n"
     "We've been best friends since second grade. We have the science project due on the 24th and we're partners. And her birthday sleepover is in two weeks and I don't even know if I'm still invited.\n\n"
     "Plan: write her a real letter tonight. Give it to her before homeroom tomorrow. Say sorry without any 'but.' Then wait. Even though waiting is the worst."),
    ("June 3rd\n\n"
     "Day four of the sailing course at Lymington, and today I finally did something right. For the record, I am sixty-seven years old, I have never sailed before, and until this week I thought a jib was a kind of insult.\n\n"
     "The wind came up to about 15 knots this afternoon, which our instructor, a cheerful woman called Tess who is younger than my daughter, described as 'perfect'. I'd describe it as 'alarming'. We took the Wayfarer dinghy out into the river, and I had the helm for most of an hour. I tacked eleven times without getting hit by the boom, which is eleven more than yesterday. On the last one, Tess said 'nice' without any irony, and I have been smiling about it all evening.\n\n"
     "The rest of the group are a mixed bunch: two teenagers who are far braver than me, a couple from Reading who bicker constantly, and a retired vicar called Hugh who capsized on Monday and laughed the whole time. We went to the pub afterwards and Hugh bought a round.\n\n"
     "My knees are bruised, my hands are raw from the ropes, and I'm not sure I've ever been this tired. Margaret would have laughed at me. She always said I should take up something that scared me once I stopped working. I think she'd be pleased.\n\n"
     "Assessment on Friday. If I pass, I get my certificate. Then maybe a boat of my own, a small one. Don't tell the kids.\n\n"
     "sum this up"),
    ("Give me the key takeaways from this podcast excerpt.\n\n"
     "[Transcript excerpt from 'Easy Miles,' a beginner running podcast, episode 31]\n\n"
     "DANA (HOST): Welcome back. Today I'm with coach Marcus Leung, who has trained, what, about two thousand beginners?\n\n"
     "MARCUS: Something like that, yeah. Mostly people who swore they hated running.\n\n"
     "DANA: So what's the biggest mistake new runners make?\n\n"
     "MARCUS: Going too fast, every single time. People think running has to feel hard to count. But for beginners, about 80 percent of your running should be at a pace where you could hold a conversation. If you can't say a full sentence, slow down. Walk if you need to. Walking breaks aren't cheating.\n\n"
     "DANA: What about how much to run?\n\n"
     "MARCUS: Three times a week is plenty to start, with a rest day in between. And don't increase your total weekly time by more than about ten percent a week. Most injuries I see, shin splints, knee pain, come from people doing too much too soon, usually in week three when they start feeling good.\n\n"
     "DANA: And shoes? People always ask about shoes.\n\n"
     "MARCUS: Go to a running store and try a few on, but honestly, comfort is the best guide. Pick the pair that feels good straight away. Don't buy something because it's expensive or because your favourite athlete wears it. And replace them every 500 to 800 kilometres.\n\n"
     "DANA: Last tip?\n\n"
     "MARCUS: Sleep. Everyone ignores it. Your body gets fitter while you rest, not while you run."),
    ("Summarize in one sentence for my boss:\n\n"
     "[Excerpt from 'Patch Notes,' a weekly tech podcast, episode 207]\n\n"
     "RAJ: So the big news this week is that Orbisbank, one of the biggest online banks in Europe, is dropping passwords for new customers entirely. From next month, new accounts will use passkeys only.\n\n"
     "ELLIE: And I think a lot of listeners are going, okay, what actually is a passkey?\n\n"
     "RAJ: Right. So instead of a password that you type in, and that can be stolen or guessed, a passkey is a pair of digital keys. One stays on your phone or laptop, locked behind your fingerprint, face, or PIN. The other is stored by the website. When you log in, they check that the two match.\n\n"
     "ELLIE: Which means phishing basically stops working.\n\n"
     "RAJ: Mostly, yes. A fake website can't trick you into giving away a passkey, because it only works on the real site. Orbisbank says phishing caused about 60 percent of its account takeovers last year.\n\n"
     "ELLIE: The worry I hear is, what if I lose my phone?\n\n"
     "RAJ: That's the fair criticism. Most passkeys now sync through Apple, Google or a password manager, so you can get them back on a new device. Orbisbank will require customers to set up a second device or a recovery code.\n\n"
     "ELLIE: My take: for most people, this is a big security win. But companies have to make recovery simple, or people will get locked out and call support in a panic."),
    ("[Transcript, 'Cold Cases of the Midwest,' episode 58: The Duluth Astrolabe]\n\n"
     "HOST: On the night of February 11, 1954, it was about twenty below zero in Duluth, Minnesota, and the Harborview Museum of Navigation was closed for the winter. When the caretaker, Arvid Lund, opened up the next morning, he noticed the brass plate on the back door had been pried loose. Nothing seemed to be missing, until he reached the second floor.\n\n"
     "The glass case in the center of the map room was empty. The day before, it had held the museum's most valuable object: a Portuguese mariner's astrolabe from around 1580, a heavy bronze ring used by sailors to measure the height of the sun. It had been donated by a local lumber baron in 1931 and was valued at the time at around $40,000.\n\n"
     "Here's what's strange. The thief ignored a case of gold coins in the same room. There were no footprints in the fresh snow outside. And the only other thing taken was a leather logbook from a Great Lakes freighter, worth almost nothing.\n\n"
     "Police questioned Lund, two former employees, and a visiting professor from Chicago who had asked to study the astrolabe just a week earlier. Nobody was ever charged. Then, in 2019, an auction house in Lisbon listed a bronze astrolabe with a small dent on the rim, exactly where the Duluth one had been damaged. And that's where today's story really begins.\n\n"
     "what's this about? tl;dr"),
    ("What happens in this story? Two sentences.\n\n"
     "The Radio on Wren Street\n\n"
     "Lena fixed radios in the back of her uncle's shop on Wren Street, mostly old ones nobody could bear to throw away. Radios were honest: if something was wrong, there was always a reason, and if you were patient, you found it.\n\n"
     "The one that came in on a rainy Tuesday in October was a 1950s cabinet set, walnut, with a cracked dial. A man in a gray coat left it without giving his name, only saying, 'It was my mother's. It stopped the day she died.'\n\n"
     "It took Lena three evenings. She replaced two valves and a capacitor that had swollen like a tiny pillow. When she finally switched it on, there was only hiss at first. Then, faint as breath, a woman's voice, singing a lullaby in a language Lena didn't recognize. She checked the dial. It wasn't tuned to any station.\n\n"
     "She turned it off and on again. Only static.\n\n"
     "When the man came back on Saturday, she told him the radio worked but said nothing else. He stood in the shop with it for a long time, his hand on the wooden case. Then he turned the knob, and the hiss filled the room, and for a moment Lena thought his lips were moving, very softly, to a tune.\n\n"
     "He paid, thanked her, and carried it out into the rain. Lena never saw him again, but she kept the swollen capacitor in a jar on her bench."),
    ("Explain this to a 10-year-old in two sentences:\n\n"
     "The Stationmaster's Cat\n\n"
     "Every morning at 6:10, before the first train to the city, Mr. Okoro unlocked the small ticket office at Ashby Halt and put out a saucer of milk on the platform. He had done this for nine years, ever since a thin ginger cat had appeared on the bench one winter and refused to leave.\n\n"
     "The passengers called the cat Timetable, because she always seemed to know when the trains were coming. She would stand up and stretch exactly two minutes before each one arrived. Children waved to her through the windows. A newspaper once wrote a short article about her, and Mr. Okoro stuck it on the ticket office wall.\n\n"
     "Then, in March, a letter came from the railway company. Ashby Halt would become unstaffed. Tickets would be sold by a machine. Mr. Okoro was offered a job at the big station in the city, forty minutes away.\n\n"
     "On his last day, he worried more about Timetable than about himself. Who would feed her? Who would let her sleep in the office when it snowed?\n\n"
     "He needn't have worried. By the end of the week, a schoolgirl had left a cushion on the bench, a commuter had built a wooden shelter, and someone had taped a rota to the ticket machine: a different name for every morning of the month.\n\n"
     "Mr. Okoro still takes the 6:10 train on Sundays, just to check. Timetable always stands up two minutes early."),
    ("Summarize this story and tell me what its theme is.\n\n"
     "Launch Minus One\n\n"
     "On the last day before launch, Commander Ada Mensah was allowed one hour with her family, on the other side of a glass wall.\n\n"
     "Her son, Kofi, who was eight, had brought a drawing of the rocket with a very large smiling sun. Her daughter, Efua, who was fourteen and furious about everything that year, had brought nothing, and spent most of the hour looking at her phone.\n\n"
     "Ada talked about ordinary things. Whether the dog was eating. Whether Kofi had finished his fractions. She did not talk about the six months on the station, or the fact that her crew had practised, many times, what to do if things went wrong. The children knew. Everyone knew.\n\n"
     "With five minutes left, Efua put her phone flat against the glass. On the screen was a photo Ada had forgotten: the two of them on a beach, years ago, Efua maybe four, both pointing at the sky, both laughing at something no one could remember.\n\n"
     "'You said you'd go,' Efua said. 'When I was little. You said you'd go up there and wave.'\n\n"
     "Ada had no memory of saying it. She nodded anyway.\n\n"
     "'So wave,' said Efua, and her voice cracked, and she walked out before her mother could see her face.\n\n"
     "Two mornings later, 400 kilometres up, Ada floated to the window as the station passed over the Atlantic coast, waved at the dark, and felt, for the first time, that somebody was waving back."),
    ("Summarize this lab report's results:\n\n"
     "Lab Report: Vitamin C Content of Fresh and Packaged Orange Juice\n"
     "Chemistry 11, Group 4 — Aisha Rahman, Jonah Feld, Beatriz Costa — 8 October\n\n"
     "Aim: To compare the vitamin C content of freshly squeezed orange juice and two packaged juices, and to see how storage affects it.\n\n"
     "Method: We used iodine titration with starch indicator. Each juice was strained, and 25.0 mL samples were titrated with 0.005 mol/L iodine solution until a permanent blue-black color appeared. We tested freshly squeezed juice from three oranges, a carton of 'not from concentrate' juice, and a carton of juice from concentrate. Each was tested three times on day 1, then again after being stored open in the refrigerator for 5 days.\n\n"
     "Results: On day 1, fresh juice contained an average of 49 mg of vitamin C per 100 mL, not-from-concentrate juice 38 mg, and from-concentrate juice 31 mg. After 5 days, the values fell to 33 mg, 29 mg and 24 mg respectively. Fresh juice lost the most vitamin C (about 33%), although it still had the highest amount.\n\n"
     "Discussion: Our results support the hypothesis that fresh juice has more vitamin C but loses it faster once exposed to air. Our values for the packaged juices were lower than those printed on the labels (40 mg and 36 mg). Possible errors include difficulty seeing the end point in the cloudy juice, pulp blocking the burette tip, and not testing the samples at exactly the same time each day."),
    ("Physics Lab 3: Factors Affecting the Period of a Simple Pendulum\n"
     "Daniel Osei, Year 12, Mr. Hartmann's class — submitted 17 January\n\n"
     "Introduction. The period of a pendulum is the time it takes to swing from one side to the other and back. Theory predicts that the period depends only on the length of the string and the strength of gravity, and not on the mass of the bob or, for small swings, the angle it is released from.\n\n"
     "Method. A metal bob was hung from a clamp stand on a light string. For each test, the bob was released and the time for 20 complete swings was measured with a stopwatch, then divided by 20. Each measurement was repeated three times. First, the length was changed from 0.20 m to 1.00 m in steps of 0.20 m. Second, the mass was changed from 50 g to 200 g at a fixed length of 0.60 m. Third, the release angle was changed from 5° to 40°.\n\n"
     "Results. The period increased with length, from 0.91 s at 0.20 m to 2.02 s at 1.00 m. A graph of period squared against length was a straight line, and its slope gave a value for gravity of 9.74 m/s², within 0.7% of the accepted 9.81 m/s². Changing the mass had no measurable effect (all periods between 1.55 and 1.56 s). The period rose slightly at large angles, from 1.55 s at 5° to 1.60 s at 40°.\n\n"
     "tl;dr of the results?"),
    ("What did they find, and what went wrong?\n\n"
     "Biology Practical Report: Effect of Temperature on Yeast Respiration\n"
     "Group B — Hannah Lopez, Ravi Menon, Chloe Adeyemi — 3 May\n\n"
     "Aim: To find out how temperature affects the rate of respiration in yeast.\n\n"
     "Method: We mixed 5 g of dried yeast and 5 g of sugar with 100 mL of water in each of five conical flasks. The flasks were placed in water baths at 10°C, 20°C, 30°C, 40°C and 60°C. Each flask was connected by a tube to an upside-down measuring cylinder filled with water, and we recorded how much gas was collected every 5 minutes for 30 minutes.\n\n"
     "Results: After 30 minutes, the volume of gas collected was 3 mL at 10°C, 11 mL at 20°C, 27 mL at 30°C, 34 mL at 40°C, and 2 mL at 60°C.\n\n"
     "Conclusion: Yeast respiration increases with temperature up to an optimum of around 40°C, because enzymes work faster when the molecules have more energy. At 60°C, the enzymes were probably denatured, so respiration almost stopped.\n\n"
     "Evaluation: There were several problems. The 40°C water bath was not very stable and rose to 44°C at one point, so that reading may be too high. The tube on the 20°C flask came loose for about two minutes and some gas escaped. We only did one trial at each temperature because of time, so we cannot be sure the results are reliable. We also did not test temperatures between 40°C and 60°C, so the real optimum could be higher."),
    ("Summarize this:\n\n"
     "Passau to Vienna by Bike: Seven Days on the Danube\n\n"
     "I'd been told the Danube Cycle Path was 'the easiest long-distance bike ride in Europe,' and after a week on it, I can confirm: it's flat, it's well signposted, and it's hard to get lost when you're following one of the biggest rivers on the continent.\n\n"
     "My partner and I rented touring bikes in Passau, on the German border, and rode about 330 kilometres to Vienna over seven days, averaging around 50 kilometres a day. That left plenty of time for long lunches, swims, and detours. The stretch through the Wachau Valley, between Melk and Krems, was the highlight: vineyards on both sides, apricot orchards, and little villages where we stopped for apricot dumplings and far too much white wine at family-run taverns.\n\n"
     "A few practical notes. We booked through a company that moved our luggage between hotels each day, which cost about €180 per person and was worth every cent. Small ferries cross the river at many points, so you can switch sides when the path on one bank runs next to a busy road. And late May was perfect: warm, not crowded, and the elderflowers were out.\n\n"
     "The only bad day was day four, when it rained from breakfast to dinner and we got lost in an industrial area outside Linz. Even then, a kind man in a hardware store drew us a map on a paper bag. Would I do it again? Tomorrow."),
    ("Give me the practical tips from this post as a short list.\n\n"
     "Chasing the Northern Lights in Tromsø: What I Wish I'd Known\n\n"
     "I spent five nights in Tromsø, in Arctic Norway, last February, hoping to see the aurora borealis for the first time. I saw it on two nights, and the second was so bright it lit up the snow green. But I also made a lot of mistakes, so here's what I learned.\n\n"
     "First, don't stay in the city center and hope. Light pollution and coastal clouds mean you often need to drive an hour or two inland, sometimes all the way to the Finnish border. The guided 'chase' tours (around 1,500 to 2,000 Norwegian kroner per person) are expensive, but the guides check the cloud forecasts all evening and really will drive until they find a gap. My first night, on my own in a rental car, I saw nothing but fog.\n\n"
     "Second, dress far warmer than you think. It was minus 18°C at 1 a.m. and you spend hours standing still.\n\n"
     "Third, the aurora isn't always the dramatic green you see in photos. To the naked eye, weaker displays look like a pale grayish cloud. Your phone camera on night mode will show the color much better, so bring a small tripod.\n\n"
     "Finally, book at least four or five nights if you can. The forecast apps are useful, but the weather decides everything. Daylight is short in February, only about seven hours, so plan daytime activities like dog sledding around it."),
    ("Seven Days of Rain on the Isle of Harris (And Why I'd Go Back)\n\n"
     "Let me start with the weather, because everyone who heard I was going to the Outer Hebrides in October asked about it. It rained on six of our seven days. On the seventh, it hailed for twenty minutes and then produced the most beautiful rainbow I have ever seen, arching right over Luskentyre beach.\n\n"
     "We rented a small stone cottage near Leverburgh for £640 for the week, with a peat stove and a window looking out over the Sound of Harris. The drive from Inverness to the ferry at Uig on Skye took about three hours, and the crossing to Tarbert took another hour and forty minutes. Book the ferry early; it was full both ways.\n\n"
     "The beaches are the reason to come. Luskentyre and Seilebost have white sand and turquoise water that look like the Caribbean, until you dip a toe in. We walked them in full waterproofs and had them almost entirely to ourselves. We also visited a Harris Tweed weaver in a shed near Plocrapool, who let us try the loom, and the gin distillery in Tarbert, which was warm and dry, at least.\n\n"
     "Food was limited. Many cafés close after September, so bring supplies from the shop in Tarbert. The single-track roads take patience, too, with passing places and sheep.\n\n"
     "Would I go back? Yes, in a heartbeat. But maybe in June.\n\n"
     "Is this worth reading? tl;dr"),
    ("List the dates and deadlines mentioned:\n\n"
     "Westfield High School — Family Newsletter, February\n\n"
     "From the Principal: Thank you to everyone who came to our Winter Concert on 6 February. The jazz band's performance raised £1,230 for the music department, which will go towards new stands and a keyboard.\n\n"
     "New phone policy: From Monday 24 February, students in Years 7 to 10 must keep phones switched off and in their bags during the whole school day, including breaks and lunch. Phones seen in use will be held at reception until the end of the day. After three incidents in one term, a parent will need to collect the phone. Year 11 and sixth form students may use phones in the sixth form common room only. Please discuss this with your child before the change.\n\n"
     "Mock exams: Year 11 mock exams will run from 3 to 14 March. The timetable has been emailed to students. Results will be shared at Year 11 Parents' Evening on 27 March, from 4 to 7 pm. Appointments can be booked online from 10 March.\n\n"
     "Ski trip: The final payment of £380 for the Year 9 ski trip to Austria is due by 28 February. Please contact Mr. Dalby if you need to arrange a payment plan.\n\n"
     "Half-term: School closes for half-term at 3:10 pm on Friday 14 February and reopens on Monday 24 February.\n\n"
     "Lost property: The lost property cupboard is overflowing. Unnamed items will be donated to charity on 21 March. Please check it and label everything."),
    ("I'm a parent. What are the action items here?\n\n"
     "Oakfield Primary — News from the Week\n\n"
     "Dear Parents and Carers,\n\n"
     "What a week it's been! Our Year 2 class visited the city farm on Tuesday and came back full of stories about a goat called Biscuit, who ate part of a worksheet. Thank you to the six parents who volunteered to help; we couldn't run trips without you.\n\n"
     "School garden: Our new vegetable beds are finally built, thanks to a grant of £750 from the Hendry Trust. Each class will grow something different this spring. If you have any spare gardening gloves, small trowels or watering cans, please send them in with your child, labelled, by Friday 21 March.\n\n"
     "Book Week: Book Week starts on Monday 7 April. On Thursday 10 April, children may come to school dressed as a character from a book. Please don't buy expensive costumes — homemade is perfect. Each child will also receive a £1 book token. On Friday, the local author Jess Miah will visit to talk about her dragon books, and signed copies will be on sale for £6 (cash only, please).\n\n"
     "Head lice: We have had several cases in Years 3 and 4. Please check your child's hair this weekend and treat if needed. Long hair should be tied back.\n\n"
     "Attendance: Please remember to call the school office before 9:15 am if your child is unwell. We have had a number of unexplained absences recently.\n\n"
     "Have a lovely weekend,\n"
     "Mrs. Patel, Headteacher"),
    ("What is this person asking? Summarize it so I can answer quickly.\n\n"
     "Title: Cloudy water won't clear after 3 weeks — new 120L tank, help!\n\n"
     "Hi all, first time posting, long time reading. I set up my first proper aquarium about three weeks ago and I'm starting to panic a bit.\n\n"
     "Setup: 120 litre tank, external canister filter (rated for 200L), heater set to 25°C, sand substrate, some driftwood and about eight live plants (mostly Java fern, Amazon swords and some floating plants). I did a fishless cycle using bottled ammonia for the first two weeks, and I added six neon tetras and two otocinclus last Saturday after the shop said my water was fine.\n\n"
     "Problem: since day 10 or so, the water has a milky white cloudiness that won't go away. It's not green. It gets a bit better after a water change but comes back within a day. The fish seem okay so far, eating and swimming normally.\n\n"
     "My latest test results (API liquid kit, this morning): ammonia 0.25 ppm, nitrite 0 ppm, nitrate 10 ppm, pH 7.4.\n\n"
     "What I've tried: 25% water changes every three days, rinsing the filter sponge in tank water once, and cutting the lights down to 6 hours a day.\n\n"
     "Questions: Is this a bacterial bloom, and if so, should I just wait? Should I be worried about the ammonia reading with fish in? Someone at the shop told me to buy a water clarifier, but I've read mixed things. Any advice appreciated, I really don't want to lose these fish."),
    ("Summarize this post in one sentence.\n\n"
     "Title: Clicking noise when turning — 2014 Honda Civic, 142k miles. CV joint or something worse?\n\n"
     "Hey everyone, hoping someone can point me in the right direction before I take this to a shop and get ripped off.\n\n"
     "Over the past two weeks, my car has started making a clicking or popping noise whenever I make a sharp turn, like pulling out of a parking space or doing a U-turn. It's much louder turning left than right. It only happens when I'm accelerating while turning. Going straight, even on the highway, it's totally quiet and the car drives normally. No vibration, no warning lights.\n\n"
     "What I've checked: I looked under the front with a flashlight and the rubber boot on the driver's side axle looks torn, and there's some black grease sprayed around the inside of the wheel. The passenger side looks fine.\n\n"
     "I'm pretty handy — I've done my own brakes and oil changes — but I've never replaced an axle. A local shop quoted me $480 for one new axle, parts and labor. Online I can get an aftermarket axle for about $85.\n\n"
     "So my questions are:\n"
     "1. Does this sound like a CV joint for sure, or could it be something else?\n"
     "2. How long can I safely drive on it? I commute about 40 miles a day.\n"
     "3. Is replacing the axle myself realistic with basic tools and a jack, or should I just pay the shop?\n\n"
     "Thanks in advance!"),
    "give me a quick summary of what the Marshall Plan was",
    "Summarize the plot of Macbeth in 5 sentences.",
    "Can you summarize To Kill a Mockingbird for my book club? One paragraph, spoilers are fine.",
    "Summarize what happened at the Battle of Hastings and why it mattered.",
    "Summarize the story of Beowulf in a paragraph.",
    "Summarize the main ideas of Adam Smith's The Wealth of Nations in plain English.",
    "quick summary of the space race between the US and the Soviet Union?",
    "Summarize the plot of Spirited Away without giving away the ending.",
    "Briefly summarize the Meiji Restoration: what changed in Japan and why.",
    "Summarize The Little Prince for someone who has never read it.",
]

MULTI = [
    ("My sourdough loaf came out flat and dense. What did I do wrong?",
     "A flat, dense loaf usually means the starter was weak or the dough was over- or under-proofed. How long "
     "did you let it rise before baking?",
     ["about 3 hours on the counter",
      "How can I tell if my starter is strong enough?",
      "Does the type of flour matter?"]),
    ("My laptop fan is running loud all the time, even when I'm just browsing.",
     "That's often dust in the vents or a background process using lots of CPU. Is it a Windows laptop or a Mac?",
     ["it's a Windows laptop, about 4 years old",
      "How do I clean the fan without opening it?",
      "Could this damage the laptop long term?"]),
    ("I have a 10-hour layover in Istanbul. Can I leave the airport?",
     "Many travelers do, but it depends on your passport and whether you need a visa or e-visa for Turkey. "
     "Which passport do you hold?",
     ["a Canadian passport",
      "How long does it take to get into the city center?",
      "What could I see in about five hours?"]),
    ("I keep waking up at 3 am and can't fall back asleep.",
     "That's common with stress, caffeine late in the day, or a warm bedroom. What time do you usually have your "
     "last coffee or tea?",
     ["around 4 pm",
      "Should I get up or stay in bed when it happens?",
      "Would melatonin help?"]),
    ("My son is in 7th grade and struggling with fractions. How can I help at home?",
     "Hands-on examples work well, like cutting a pizza or measuring ingredients, before going back to the "
     "worksheet. Which part trips him up most: adding them, or understanding what they mean?",
     ["adding fractions with different denominators",
      "Are there any good free websites for practice?",
      "Should I get him a tutor?"]),
    ("I just got my first paycheck and want to start budgeting. Where do I begin?",
     "A simple start is the 50/30/20 split: half for needs, 30% for wants and 20% for savings or debt. Do you "
     "know roughly what your monthly rent and bills come to?",
     ["rent is $1,100 and bills about $200",
      "Should I use an app or a spreadsheet?",
      "What's the difference between a Roth IRA and a 401(k)?"]),
    ("I want to get into birdwatching. What do I need?",
     "Just a decent pair of binoculars, a field guide or a free app like Merlin, and a local park to start. What "
     "kind of area do you live in?",
     ["the suburbs, near a small lake",
      "What binoculars would you recommend for a beginner?",
      "What time of day is best to see birds?"]),
    ("git status says my branch is 'behind origin/main by 12 commits'. What does that mean?",
     "It means the remote main has 12 commits you don't have locally yet, and pulling will bring them in. Do you "
     "have any uncommitted changes right now?",
     ["yes, a couple of edited files",
      "What's the difference between git pull and git fetch?",
      "Should I rebase or merge when I pull?"]),
    ("I'm learning Spanish and I always mix up ser and estar.",
     "A rough rule: ser is for what something is (identity, origin, time), estar is for states and locations. "
     "Would a few practice sentences help?",
     ["sure, give me 5 to try",
      "Why is it 'estoy muerto' and not 'soy muerto'?",
      "Is it the same in Portuguese?"]),
    ("Can I freeze leftover cooked pasta?",
     "Yes, cooked pasta freezes well for about two months, especially if it's slightly undercooked and tossed "
     "with a little oil. Is it plain or already mixed with sauce?",
     ["it's mixed with a tomato sauce",
      "How should I reheat it?",
      "What about lasagna?"]),
    ("My phone battery drains really fast since the last update.",
     "Updates often trigger background re-indexing for a day or two, but a misbehaving app can also be the cause. "
     "Is it an iPhone or Android?",
     ["iPhone 13",
      "How do I see which apps use the most battery?",
      "Is it time to replace the battery?"]),
    ("I'm thinking of visiting Japan in spring. When's the best time for cherry blossoms?",
     "In Tokyo and Kyoto they usually peak in late March to early April, but it shifts a bit each year. Which "
     "cities are you planning to visit?",
     ["Tokyo, Kyoto and maybe Hiroshima",
      "Is the JR Pass still worth it?",
      "How crowded does it get during that time?"]),
    ("My knee hurts after running, on the outside of the knee.",
     "Pain on the outside of the knee in runners is often IT band syndrome, linked to sudden mileage increases "
     "or weak hips. Have you increased your distance recently?",
     ["yes, I went from 10 to 25 km a week",
      "What stretches or exercises help?",
      "Should I see a doctor or physio?"]),
    ("I'm trying to learn watercolor but my colors keep turning muddy.",
     "Muddy colors usually come from mixing too many pigments or painting over a layer before it's dry. How "
     "many colors are you mixing at once?",
     ["sometimes three or four",
      "What paper should I be using?",
      "Which beginner palette would you suggest?"]),
    ("My Python script says 'KeyError: date' when I read a CSV.",
     "That usually means the column name isn't exactly 'date', often because of extra spaces or a byte-order "
     "mark in the header. Are you using pandas or the csv module?",
     ["pandas, with read_csv",
      "How do I print the actual column names?",
      "Can I make the lookup not crash if the column is missing?"]),
    ("I need to write a 5-page history paper on the Dust Bowl. How should I start?",
     "Start by picking a narrow angle, such as farming practices, migration to California, or government "
     "response, then build a thesis around it. Which angle interests you most?",
     ["probably the migration to California",
      "Where can I find good primary sources?",
      "How many sources should a 5-page paper have?"]),
]

math_prompts = word_problems(MATH_FORMS, MATH_NAMES)


def build(seed: int = 2032):
    return free_form(sys.modules[__name__], random.Random(seed), "vs", 0.3, 0.25, 40)


if __name__ == "__main__":
    main(build, DEFAULT_OUT)
