"""A twelfth pool of varied distillation prompts: general questions that want facts or advice,
half as many lists again as the two pools before it, pasted passages to summarise, and new code,
multi-turn chats, writing, how-to and math.

With k4-m10, general questions first reached 1.8 at k = 4 (1.810) while lists (1.923 to 1.880) and
math (2.207 to 2.165) fell and summaries stayed the second-lowest varied domain (1.785). So beside
250 questions that want facts or how and why something works and 150 that want advice or a
comparison, this pool has 60 lists, 45 summaries (38 of pasted passages of 180-280 words), 40 math
from 20 new forms, 90 code prompts, 30 chats (seven with two exchanges before the follow-up) that
close into 90 rows, 50 writing requests and 40 how-to.

Its ids start ``vb-``, so the answers distilled for the earlier pools stay valid. Every prompt was
scanned for exact and near (word-overlap) matches with the earlier pools and the held-out sets;
``training/tests/test_recipes.py`` checks that none is shared.

    python -m training.varied_twelfth   # writes training/data/prompts-varied-twelfth-train.jsonl
"""
from __future__ import annotations

import os
import random
import sys

from .varied import HERE, free_form, main, word_problems
from .varied_sixth import HOWTO_LEADS, MATH_NAMES  # the same leads and names as the sixth pool

DEFAULT_OUT = os.path.join(HERE, "data", "prompts-varied-twelfth-train.jsonl")

GENERAL_FACTS_A = [
    "why do hippos sweat something that looks red",
    "We saw a sea cucumber in a rock pool on holiday and the guide said that if you stress one out it can shoot its own insides out at you. How does a sea cucumber throw out its guts like that, and how does it grow them back afterwards?",
    "Is it true that axolotls can regrow parts of their brain?",
    "what makes a pistol shrimp's snap so loud",
    "How do emperor penguin dads survive two months of winter without eating while they hold the egg?",
    "Why are flamingo chicks grey instead of pink?",
    "I was reading about hagfish and apparently they can fill a bucket with slime in seconds. What is that slime made of and how does it keep them safe from sharks?",
    "how do salmon find the exact stream they were born in",
    "What's the deal with pangolin scales, are they made of the same stuff as fingernails?",
    "I was watching a wildlife documentary and a giraffe kept splaying its legs to lower its head to a waterhole. With a neck that long, the blood pressure must change a lot. Why doesn't a giraffe pass out or burst a blood vessel when it bends down to drink and then lifts its head back up?",
    "How does a platypus find food underwater with its eyes closed?",
    "Can you explain how a cuttlefish hypnotises its prey?",
    "i heard koalas sleep like 20 hours a day, is that right and why",
    "Why do sloths climb all the way down from the tree just to poop?",
    "How do arctic foxes hear lemmings under the snow and dive right onto them?",
    "What is a mudskipper and how does a fish breathe on land?",
    "My son keeps asking why zebras have stripes and every website gives a different answer. What's the current best explanation scientists have?",
    "There's a woodpecker that drums on the telephone pole outside my bedroom every morning at six. It got me wondering: it hits the wood really hard, many times a second. How does it do that all day without hurting its brain?",
    "what do bees do in winter when there are no flowers",
    "Why do some frogs freeze solid in winter and come back to life in spring?",
    "How do carnivorous pitcher plants digest insects?",
    "how do dandelion seeds stay up in the air so long",
    "What's the reason bamboo can grow almost a metre in a day?",
    "I grew sunflowers in the garden this year and noticed the young ones seemed to turn with the sun during the day, but once the big flower heads opened they all just faced east and stayed put. Why do they stop following the sun, and why east?",
    "On a kayak tour in Florida we paddled through tunnels of mangroves growing right in the seawater. Our guide said most plants die if you water them with salt water. So how do mangroves survive it, and what are those roots sticking up out of the mud for?",
    "Is it true that trees in a forest share nutrients through fungus networks underground?",
    "We have a sensitive plant (mimosa pudica) on the windowsill and the kids love touching it to make the leaves fold. What's actually happening inside the plant when it closes up so fast?",
    "why are there so few plants that are naturally blue",
    "How do lichens grow on bare rock?",
    "What makes a Venus flytrap snap shut, and how does it know it's caught a bug and not a raindrop?",
    "how do cacti store water without rotting",
    "Why do onions make you cry, and why does chilling them first help?",
    "What does the appendix do, if anything?",
    "My uncle is donating part of his liver to his brother, and the doctors told him his liver will grow back to nearly full size within a couple of months. How is that possible when other organs can't do it?",
    "Why is blood red in our veins but they look blue through the skin?",
    "I've been getting those floaters in my eyes, little squiggly lines that drift when I look at a bright sky. What are they physically, and why do they seem to move away when I try to look at them?",
    "what's the point of eyebrows",
    "How do kidneys decide how much water to keep?",
    "Every time I hear myself on a voicemail or a video I cringe because I sound nothing like I do in my own head. My friends say the recording sounds exactly like me. Why is there such a big difference?",
    "How does muscle memory work, is it really stored in the muscles?",
    "Why do older people often need less sleep?",
    "What happens in the body when you get a sunburn?",
    "why does your foot fall asleep and then get pins and needles",
    "My grandmother says she can feel rain coming in her knees. Is there any real science behind joints aching before the weather changes, or is it just in her head?",
    "How does the inner ear keep us balanced?",
    "Why do some people have a gap between their front teeth and others don't?",
    "how many bones is a baby born with and why do adults have fewer",
    "My daughter is doing a poster on the planets and found out that Venus spins the opposite way to most of the others, so the Sun rises in the west there. Why does Venus spin backwards, and do scientists know for sure?",
    "how did we figure out what the sun is made of if nobody's been there",
    "What are the Lagrange points and why do telescopes get parked at them?",
    "Why does Saturn have rings but Earth doesn't?",
    "I was out camping and saw a long line of bright dots moving across the sky one after another like a train. A friend said they were satellites. Why would satellites travel in a line like that, and why could I only see them for a few minutes after sunset?",
    "I read that the astronauts on the International Space Station drink recycled water, and that it comes partly from their own sweat and urine. How does that recycling actually work up there with no gravity?",
    "Is it true that a day on Mercury is longer than its year?",
    "How do we know the universe is expanding?",
    "What is the Kuiper belt and how is it different from the asteroid belt?",
    "How do comets grow tails, and why do the tails point away from the Sun?",
    "What causes a halo around the moon?",
    "Why does fog form in valleys on cold mornings?",
    "how does hail get so big in summer when it's hot outside",
    "Last summer a storm came through our town in Iowa with winds like a hurricane that knocked down trees for miles, and the news called it a derecho. What is a derecho, and how is it different from a tornado or an ordinary thunderstorm?",
    "Why does it smell different right before it rains?",
    "Can you explain what the jet stream is and why weather forecasters talk about it so much?",
    "What makes a rainbow double, and why are the colours flipped in the second one?",
    "I live in Colorado and sometimes we get a warm dry wind in winter that melts the snow in a few hours. Locals call it a chinook. What causes it and why is it so warm coming off snowy mountains?",
    "What is a monsoon, really? Is it just a lot of rain?",
    "I was looking at a map of hurricane tracks and noticed that almost none of them form right on the equator, even though that's where the ocean is warmest. Why are there almost no hurricanes at the equator?",
    "what's freezing rain and why is it worse than snow",
    "Why did the Library of Alexandria become so famous, and how was it actually lost?",
    "In a museum I saw a display saying that the letters I'm typing right now come, in a roundabout way, from the Phoenicians. Who were they, and how did their alphabet end up spreading around the Mediterranean to the Greeks and Romans?",
    "Why did the Aztec capital Tenochtitlan sit in the middle of a lake?",
    "Who was Mansa Musa and was he really the richest person ever?",
    "My history teacher mentioned the Tulip Mania in Holland and said people traded a single bulb for the price of a house. Did that really happen, and why did tulips get so expensive?",
    "How did the ancient Egyptians make mummies?",
    "why did the vikings stop raiding",
    "What was daily life like for a Roman legionary?",
    "How did the Inca keep records without writing, using knotted strings?",
    "What was the Children's Crusade, and how much of the story is true?",
    "i keep seeing the Khmer empire mentioned, what was it and where",
    "How did the Great Lakes form?",
    "why is Iceland green and Greenland icy, did someone mix up the names",
    "How did Ha Long Bay get all those limestone towers sticking out of the water?",
    "What is the Ring of Fire?",
    "My family is planning a trip to Cappadocia in Turkey and I keep seeing photos of those tall cone-shaped rocks with houses carved into them. How did those rock formations form, and why did people live inside them?",
    "How were the fjords in Norway made?",
    "what is a tepui",
    "Why does Lake Baikal hold so much of the world's fresh water?",
    "How does an atoll form in the middle of the ocean?",
    "how do snakes swallow things way bigger than their heads",
    "I was snorkelling in Thailand and a guide pointed out a clownfish living inside an anemone that stings other fish. How does the clownfish avoid getting stung, and what does the anemone get out of it?",
    "Are crows really as smart as a seven-year-old child?",
    "What is a cicada and why do some only come out every 17 years?",
    "compare how a bat and a dolphin use echolocation",
    "A little gecko lives in our holiday apartment and it runs straight across the ceiling, even over the smooth glass of the light fitting. What's on its feet that lets it stick upside down without any glue?",
    "What are the northern lights made of, and why are they mostly green?",
    "We visited Yellowstone and waited with a crowd for Old Faithful, and the rangers had posted a predicted eruption time that turned out to be right within a few minutes. How does a geyser work, and why is this one so regular?",
    "How do basilisk lizards run across the surface of water?",
    "why do wombats have cube shaped poop",
    "What is a blobfish actually like in its natural habitat? I heard it only looks like a sad blob because of the pressure change.",
    "How does an electric eel make enough electricity to stun a horse?",
    "Is it true that octopuses can taste things with their arms?",
    "What are stromatolites and why are they important for understanding early life on Earth?",
    "how do barnacles glue themselves to ships so strongly",
    "Why do some trees like the eucalyptus actually need wildfires to reproduce?",
    "What's the story behind the welwitschia plant in the Namib desert, the one that only ever grows two leaves?",
    "What is a fig wasp, and is it true there's a dead wasp inside every fig I eat?",
    "My neighbour's hydrangeas are bright blue and mine are pink even though we bought the same variety at the same shop. What makes the flower colour change like that?",
    "why does a nosebleed happen when the air is dry",
    "What are the tiny bones in the ear called and what do they do?",
    "How does the body make new red blood cells, and how long does each one last?",
    "why do your knees crack when you squat down",
    "what actually is a pulled muscle",
    "Can you explain what the lymphatic system does? I only ever hear about it when someone has swollen glands.",
    "What are brown dwarfs, and why do people call them failed stars?",
    "How did the Voyager probes get so far using so little fuel?",
    "why does the moon look huge near the horizon but small up high",
    "What is Enceladus and why do scientists think it could have life?",
    "What is ball lightning, and has anyone ever proved it exists?",
    "how come some clouds look like they're made of rows of ripples",
    "What is a haboob, and why do they happen in Arizona?",
    "Who were the Nabataeans and how did they build Petra in the desert?",
    "What was the Silk Road actually like for a merchant travelling on it? Did anyone go the whole way?",
    "who was Ibn Battuta and how far did he actually travel",
    "Why did the Easter Island statues get knocked over, and how were they moved in the first place?",
    "What is the Carrington Event, and what would happen if a solar storm that strong hit us today?",
]


GENERAL_FACTS_B = [
    "What does the 'mAh' number on a power bank actually measure?",
    "why does my phone battery percentage drop faster in the cold",
    "How does noise-cancelling in headphones actually cancel sound?",
    "What's the difference between a VPN and a proxy server?",
    "is it true that closing apps on your phone doesn't save battery",
    "How do QR codes still work when part of them is scratched or covered?",
    "My dad keeps asking me why his new TV says 'HDR' and whether it matters for the old DVDs he watches. Can you explain what HDR is and whether it does anything for content that wasn't made for it?",
    "What is e-ink and why can e-readers last weeks on one charge?",
    "how does tap to pay work on a card with no battery in it",
    "Why do printers cost so little but ink costs so much?",
    "What does 'refresh rate' mean on a monitor, and is 144Hz really noticeable?",
    "i heard that mesh wifi is better than a range extender, what's the actual difference",
    "What is a CAPTCHA really testing when it asks me to click on traffic lights?",
    "What does it mean when people say a currency is 'pegged' to the dollar?",
    "I keep hearing the phrase 'quantitative easing' on the news whenever the economy is in trouble. What does a central bank actually do when it does QE, and why would that help anything?",
    "What is an index fund and why do people say they beat most fund managers?",
    "How do credit scores get calculated in general terms?",
    "what is the tragedy of the commons, in plain words",
    "Why did the Dutch go crazy over tulips in the 1600s, and was tulip mania as bad as people say?",
    "What does 'opportunity cost' mean in economics?",
    "How does an insurance company make money if it pays out claims?",
    "Why do some countries have coins that are basically worthless, like the 1 cent coin?",
    "My teenage son asked why the government can't just print more money to pay off all its debt, and my answer was pretty weak. What's the clear explanation of why that usually goes badly?",
    "what's the deal with the word 'literally' being used to mean figuratively now",
    "Why does English spelling have so many silent letters, like the k in knife?",
    "What is a split infinitive and is it actually wrong?",
    "What's the difference between a simile and a metaphor?",
    "why do americans and brits spell colour differently",
    "What is the Oxford comma and why do people argue about it so much?",
    "I'm learning Spanish and I noticed that a lot of English words look like Spanish words but with a fancier meaning, like 'amiable' and 'amigo'. Why does English have so many Latin-based words if it's a Germanic language?",
    "What does 'begs the question' originally mean?",
    "Where does the phrase 'bite the bullet' come from?",
    "What's a palindrome and what's the longest one in English?",
    "is it true that eskimos have hundreds of words for snow",
    "what actually happens when you caramelise onions",
    "Why does searing meat not actually 'seal in the juices' like TV chefs say?",
    "I made mayonnaise at home and it split into a greasy mess the second time, even though I used the same recipe. What's going on chemically when mayo emulsifies, and why does it sometimes break?",
    "What makes sourdough sour?",
    "What's the difference between a stock, a broth and a bouillon?",
    "Why is it dangerous to throw water on a grease fire?",
    "My grandmother always rested her steak after cooking and I thought it was an old wives' tale, but a friend who cooks says it matters. What really happens to meat while it rests, and how long is enough?",
    "How does a jury get chosen in general?",
    "What is the difference between a charity and a nonprofit?",
    "Can you explain how the electoral college works in simple terms?",
    "what does a coroner actually do",
    "How does the United Nations Security Council work, and what is a veto there?",
    "How is a patent different from a copyright and a trademark?",
    "What does a central bank do that a normal bank doesn't?",
    "How do universities decide who gets tenure?",
    "I'm reading a novel set in a medieval town and the characters keep mentioning their guild. What were guilds actually, how did they control a trade, and is there anything like them today?",
    "How do peer-reviewed journals decide whether to publish a paper?",
    "A friend ended an argument by saying 'Occam's razor, mate' and walked off looking smug. What is Occam's razor actually, who came up with it, and does it really mean the simplest explanation is always right?",
    "can you explain the trolley problem and why philosophers care about it",
    "What's the difference between stoicism and just suppressing your emotions?",
    "My kid asked me whether her old teddy is still the same teddy after grandma replaced its eyes, stuffing and half the fabric, and I remembered this is like the ship of Theseus. What is that paradox, and what answers have philosophers given?",
    "What does existentialism actually claim?",
    "Who was Diogenes and why did he live in a barrel?",
    "What is the Dunning-Kruger effect, and is it as real as the internet thinks?",
    "My psychology teacher mentioned cognitive dissonance in passing and said smokers are a classic example. Can you explain what the theory says and where that smoker example comes from?",
    "Why do we remember embarrassing moments so vividly years later?",
    "I keep noticing a car model everywhere right after I started thinking of buying one. My sister said there's a name for that. What is it, and why does the brain do it?",
    "what is the bystander effect and is the kitty genovese story accurate",
    "Explain the difference between introverts and shy people.",
    "What is Plato's allegory of the cave about?",
    "Who were the main gods of Norse mythology?",
    "What is the difference between Hinduism and Buddhism in what they believe about rebirth?",
    "what's the story of Pandora's box, is it actually a box",
    "What do Sikhs believe, in a nutshell?",
    "Why do Jewish people celebrate Passover?",
    "My coworker is Jain and she mentioned she doesn't eat root vegetables. I was curious but didn't want to pry. What is Jainism, and why would root vegetables be avoided?",
    "What is the Epic of Gilgamesh about?",
    "Who was Anubis in Egyptian mythology?",
    "How does the offside rule work in football?",
    "why is a marathon 26.2 miles and not a round number",
    "How does scoring work in tennis, and why does it go 15, 30, 40?",
    "In cricket, what does LBW mean?",
    "My kids got into watching the Tour de France and asked why there are different coloured jerseys and why the riders bunch up in a big group. Can you explain how the race and the jerseys work?",
    "What is a key change in a song, and why does it feel so dramatic?",
    "I've been learning guitar for a few months and my teacher keeps talking about the circle of fifths like it's a magic map. What is it, and why is it useful for someone who just wants to play songs?",
    "Who was Frida Kahlo and why is she so well known?",
    "What is magical realism in literature?",
    "Who actually wrote the Hardy Boys books?",
    "My book club is reading Moby-Dick and half of us are bogged down in the whaling chapters. Why did Melville put so much detail about whales in the book, and is there a point to it?",
    "I just finished a thriller where the twist was that the narrator had been lying to the reader all along, and a review called it a classic unreliable narrator. What does that term mean, and which famous books use it?",
    "what's the difference between a sequel, a prequel and a spin-off",
    "How did silent films handle dialogue and music?",
    "My film studies friend called the briefcase in Pulp Fiction a MacGuffin and said Hitchcock popularised the idea. What is a MacGuffin, and what are some other well-known examples?",
    "What was the video game crash of 1983?",
    "what's the difference between an RPG and an MMO",
    "I grew up playing Tetris and just read that it came from the Soviet Union. How did a game made there end up on Nintendo's Game Boy, and wasn't there some big fight over the rights?",
    "How do speedrunners find glitches to skip parts of games?",
    "What does 'thermal throttling' mean when people talk about laptops slowing down?",
    "how does a robot vacuum know where it has already cleaned",
    "Why do USB plugs only go in one way but USB-C goes in either way?",
    "What is a 'bit rate' on a music file and can you actually hear the difference between 128 and 320?",
    "What does a 'circuit breaker' on a stock exchange do when the market crashes?",
    "Why do credit unions often offer better savings rates than high street banks?",
    "Why do airlines overbook flights on purpose? It seems like it would just make customers angry, so there must be some maths behind it.",
    "i heard the Big Mac index is a real economics thing, how does it work",
    "My uncle keeps saying that rent control always backfires and my cousin says it protects people. Without taking a side, what do economists generally say are the effects of rent control, good and bad?",
    "What does the word 'nice' originally mean? Someone told me it used to be an insult.",
    "Why is 'colonel' pronounced like 'kernel'?",
    "What's a portmanteau word, and what are some famous ones?",
    "what is the subjunctive mood in english, like 'if I were'",
    "What's the difference between a clause and a phrase in grammar?",
    "Why do some English nouns have weird plurals like 'mice' and 'geese'?",
    "Why does kosher salt exist, and is it different from table salt?",
    "What's the science behind why whipped cream holds its shape?",
    "why does boiling an egg too long give it a green ring around the yolk",
    "Why does a smartphone screen not register touches when I'm wearing normal gloves?",
    "What's the difference between gelato and ice cream?",
    "Why does pineapple make my mouth tingle and stop gelatin from setting?",
    "What does a notary public actually verify when they stamp a document?",
    "What's the difference between a parliament and a congress?",
    "I just joined the committee of my local allotment society and the chair cancelled a vote because we 'didn't have quorum'. What does quorum mean, and how do organisations usually decide the number?",
    "In a philosophy podcast the host kept bringing up Pascal's wager as if everyone knew it, and I didn't want to admit I had no idea. What is the argument, and what are the usual objections people raise against it?",
    "what's the Barnum effect and why do horoscopes feel so accurate",
    "Who were the Valkyries in Norse myths?",
    "Our office is having a Diwali lunch next week and a few colleagues will be sharing sweets. I'd like to understand the festival a bit before I go. What is Diwali celebrating, and why are lamps and lights such a big part of it?",
    "why do curling players sweep the ice in front of the stone",
    "How does a tiebreak work in a volleyball match?",
    "Whenever Darth Vader shows up in Star Wars the same march plays, and my music-nerd friend called it a leitmotif, like in Wagner. What's a leitmotif, and how do film composers use them?",
    "What's the difference between a fresco and a mural?",
    "What is the Hays Code and how did it change old Hollywood movies?",
    "What does 'fourth wall' mean in theatre and films?",
]


GENERAL_ADVICE = [
    "Is it OK to list a job I only stayed at for four months on my CV, or should I leave it off?",
    "My company just announced a four-day week trial, but we're expected to get the same work done. I already stay late most days. How do I make Fridays off actually work instead of cramming five days into four?",
    "How do I politely decline being added to yet another project when I'm already stretched?",
    "Is it unprofessional to use emojis in Slack messages to my manager?",
    "I've been asked to give a eulogy-style speech at my boss's retirement party. We got on fine but weren't close. What tone should I aim for?",
    "Would you take a job with a two-hour daily commute if it paid 25% more?",
    "A recruiter from a competitor messaged me on LinkedIn. I'm happy where I am, but curious. Is it disloyal to take the call?",
    "I run a small team of five and one of them is brilliant technically but rude in meetings. The others have started avoiding him. I've never had to have a hard conversation like this before. How do I bring it up without losing him?",
    "what do you say when an interviewer asks what your biggest weakness is without sounding fake",
    "Is it worth getting a project management certificate like PRINCE2 if I already manage projects informally?",
    "How early should I arrive for an in-person interview? Is 20 minutes too keen?",
    "My colleague keeps taking credit for ideas I mention in passing. How do I stop that without looking petty?",
    "Freelance graphic design or staying in-house at an agency: which is better for someone two years into their career?",
    "I'm 58 and my company is offering voluntary redundancy with a decent payout. I like my job but I'm tired, and I'd probably struggle to find something similar at my age. My wife thinks I should take it and do part-time work. How would you think this through?",
    "Is it bad to send a follow-up email one day after an interview?",
    "is it weird to bring homemade lunch to a client meeting that runs over lunchtime",
    "How should I handle a reference request for a former employee I wouldn't rehire?",
    "Should I learn touch typing properly at 35, or is it too late to bother?",
    "I'm a nurse thinking of retraining as a software developer. Bootcamp or a part-time computer science degree?",
    "My team does a 9am stand-up every day that often runs to 40 minutes. I'm not the lead, but it's wrecking my mornings. Is there a way to suggest changing it without stepping on toes?",
    "How do I say no to a client who keeps asking for 'one more small change' after we've signed off the design?",
    "I'm retaking my maths GCSE at 19 after failing it twice. I get panicky as soon as I see algebra. What's a realistic way to study for it in four months alongside a part-time job?",
    "is it lazy to listen to audiobooks for my english lit set texts instead of reading them",
    "Should I do a gap year before university if I don't have any big travel plans?",
    "How many hours a day is it realistic to study during exam season without burning out?",
    "My son wants to study film at university. We're worried it won't lead to a job. How do we talk to him about it without crushing his enthusiasm?",
    "Study in silence or with lo-fi music in the background: does it actually make a difference?",
    "I'm a mature student and I feel awkward in seminars full of 19-year-olds. How do I get over it?",
    "Online MBA or a traditional full-time one if I'm 31 and already managing people?",
    "i always start essays the night before they're due. how do i break the habit",
    "Is it rude to leave a group chat that's mostly memes I don't care about?",
    "A friend asked me to be a guarantor on her flat rental. I trust her, but it makes me nervous. How do I say no kindly?",
    "How long should I wait before texting a friend again when they haven't replied to my last two messages?",
    "Last Christmas an aunt gave me a very nice scented candle set, but I'm allergic to strong fragrances. My friend's birthday is next week and she loves that brand. Is it OK to regift it, or is regifting always a bit tacky?",
    "My oldest friend and I have drifted apart since she had twins. Every time I suggest meeting up she cancels, and I feel like I'm the only one trying. I don't want to pile on pressure when she's exhausted. Should I just step back for a while?",
    "what's the etiquette for splitting a restaurant bill when some people only had a salad",
    "Is it rude to wear headphones on a long train journey when the person next to me seems chatty?",
    "Should you take your shoes off when visiting someone's home if they don't mention it?",
    "My neighbour's tree drops leaves all over my drive every autumn. Is it reasonable to ask them to help with the clearing?",
    "I've been invited to a colleague's child's christening. I'm not religious. Do I still go, and what do I bring?",
    "how do you leave a party early without making a big thing of it",
    "Is it OK to decline being a bridesmaid because of the cost?",
    "My friend keeps sending me voice notes that are eight minutes long. I love her, but I don't have time to listen to them. Is it rude to ask her to text instead?",
    "Someone at my book club always dominates the discussion and we never get past her opinions. I'm not the organiser, but the others have complained to me privately. Should I say something to her or leave it to the host?",
    "Is it weird to send a handwritten letter to a friend nowadays?",
    "How much should I spend on a gift for a coworker's leaving collection?",
    "Is a standing desk actually better for you than sitting, or is it just a fad?",
    "How can I get into the habit of stretching every day when I always forget?",
    "i want to cut back on coffee but i get headaches. is it better to go cold turkey or slowly",
    "Morning workouts or evening workouts: is one better for building a habit?",
    "Is it worth taking the stairs at work instead of the lift, or is it too little to matter?",
    "I'm a night shift worker, three nights on and four off. My sleep is all over the place on my days off and I feel like a zombie. How do people structure their sleep around a rota like that?",
    "How do I start swimming for fitness when I can only do a clumsy breaststroke?",
    "Are those blue light glasses worth buying if I stare at screens all day?",
    "I want to cook more at home instead of getting takeaways four nights a week. I'm not a bad cook, I'm just tired after work. What's a realistic way to change that?",
    "Is it OK to skip breakfast if I'm just not hungry in the morning?",
    "yoga or pilates for someone who sits at a desk all day",
    "Lisbon or Porto for a long weekend with a foodie friend?",
    "Is it worth paying for airport lounge access on a three-hour layover?",
    "I've never been camping and a friend has invited me on a wild camping trip in the Highlands for three nights. I'm reasonably fit but I've never carried a big pack. Should I go or start with something easier?",
    "Train or flight from Paris to Barcelona if I have plenty of time?",
    "Is Iceland worth visiting in winter when there's so little daylight?",
    "should i learn some basic japanese before a two week trip to japan or will english be fine",
    "My parents want to treat the whole family to a week-long Mediterranean cruise for their 40th anniversary. I get restless quickly and I'm not into buffets or shows. Is there a way to enjoy a cruise as someone like me, or should I gently suggest something else?",
    "What's better for a first trip to Canada in summer: Vancouver and the Rockies, or Toronto and Montreal?",
    "My partner and I have two weeks and a modest budget for our honeymoon. She wants beaches, I want cities and history. We're looking at Greece, Croatia or Sicily. Which would suit both of us best?",
    "Should I exchange money before my holiday or just use my card abroad?",
    "Carry-on only for a 10-day trip: doable or am I kidding myself?",
    "i'm going solo to a music festival for the first time. any tips for not feeling lonely there",
    "Is Dubrovnik too crowded in August to enjoy?",
    "Airbnb or a hotel for a family of five visiting New York for a week?",
    "I've been saving for a year to take my mum on a trip for her 70th. She loves gardens and doesn't like flying more than three hours from the UK. Where would you suggest?",
    "I'm 6'4\" and flying 11 hours overnight to Los Angeles next month. I usually pick the window so I can lean on it and sleep, but my legs end up cramped and I hate climbing over people. Would an aisle seat be better for someone my height?",
    "Robot vacuum: worth it in a small flat with lots of rugs?",
    "Air fryer or a small countertop oven if I can only fit one in my kitchen?",
    "Should I buy a second-hand road bike or a new hybrid for commuting six miles each way?",
    "Is it worth paying extra for an extended warranty on a washing machine?",
    "e-reader or a tablet for someone who mostly reads novels but sometimes watches videos",
    "I work from home and my cheap office chair is killing my back. I've seen chairs from £80 to £1,200. Is there a real difference, and what should I look for in the middle range?",
    "Is a mattress in a box as good as one from a proper bed shop?",
    "Electric toothbrush: are the expensive ones any better than a basic model?",
    "I'm a court transcriber and type for about seven hours a day. My wrists have started aching in the evenings, and a colleague swears her mechanical keyboard fixed it. Is that likely, or should I be looking at an ergonomic split keyboard instead?",
    "I've just moved into my first flat and I'm buying one good frying pan to start. I cook most nights, mainly eggs, stir-fries and the odd steak. Cast iron seems to need a lot of care, but I've heard non-stick doesn't last. Which would you pick?",
    "is it worth buying an expensive winter coat that lasts or a cheap one every couple of years",
    "Our 12-year-old fridge-freezer still works but it's noisy and probably eats electricity. Would a new energy-efficient one save enough to justify buying it now, or should I wait until it dies?",
    "Film camera or a cheap digital camera for a teenager getting into photography?",
    "Should I start with watercolours or acrylics if I've never painted before?",
    "Is learning the ukulele a good stepping stone to guitar?",
    "i want a hobby that gets me off screens in the evening. ideas that aren't knitting",
    "I've been running on my own for a year and I can do 5k in about 35 minutes. There's a running club near me that meets twice a week, but their website photos are all lean people in club vests. Would I be out of place, or do clubs usually welcome slow runners?",
    "I've taken up sourdough baking and my loaves keep coming out flat and dense. Should I keep experimenting on my own or take a one-day class?",
    "Crochet or knitting: which is easier to pick up as a total beginner?",
    "I used to play piano as a child, up to about grade 4, and stopped at 14. I'm 40 now and want to start again, but I'm embarrassed about how much I've forgotten. Should I get a teacher straight away or try apps first?",
    "Is a Raspberry Pi a good hobby project for someone with no programming experience?",
    "Bouldering or top-rope climbing for a complete beginner?",
    "Is it worth getting an allotment if I've only ever grown tomatoes in pots?",
    "Should I start metal detecting as a hobby, or is it mostly finding ring pulls?",
    "My husband and I want a hobby we can do together now the kids have left home. He's into cars, I'm into reading, and we both like being outdoors. Any ideas that might suit both of us?",
    "We adopted a two-year-old indoor cat last month. Pet insurance quotes are about £18 a month, and my partner says it's a waste because she never goes outside. I'm worried about a big vet bill out of nowhere. Who's right?",
    "We want a dog but both work in an office three days a week. Is a doggy daycare on those days enough, or is it unfair to get one?",
    "how do i get my dog to stop barking at the postman",
    "We've moved to a house on a fairly busy road, and our cat has always come and gone as she pleased through a cat flap. Now I'm scared every time she goes out. Should we keep her in, fit a microchip flap with a curfew, or try to build some kind of enclosure?",
    "Raw food or kibble for a young Labrador?",
    "Our 14-year-old collie is slowing down a lot, sleeping most of the day and struggling with stairs. The vet says she's not in pain yet. How do we make her last year or two as comfortable as possible at home?",
    "Should I adopt an older rescue dog or get a puppy as a first-time owner?",
    "Budgie or canary for someone who wants a bird but works full time?",
    "Is it worth hiring a professional to paint a living room or should I do it myself?",
    "Raised beds or digging straight into the lawn for a first vegetable patch?",
    "We've just moved into a house with a north-facing garden that gets almost no sun. It's mostly patchy grass and moss. I'm not a gardener at all. Where would you even start with making it nice?",
    "Our hallway gets muddy boots, a bike wheeled through it daily and a spaniel who skids on everything. The old carpet is finished and we're choosing between laminate and engineered wood. Which would hold up better, and is there something else we should consider?",
    "Should I compost at home if I only have a small garden?",
    "Blinds or curtains for a bedroom that needs to be properly dark?",
    "How do I decide what to keep when moving from a three-bed house into a one-bed flat?",
    "Is it worth getting a dehumidifier for a flat where the windows stream with condensation every morning?",
    "Should I let my 10-year-old walk to school on her own? It's a 15-minute walk with one busy road.",
    "My daughter is 12 and has just started secondary school. Her friends seem to get anything from £5 to £20 a week, and she's asked for an allowance so she can buy her own snacks and games. How much is reasonable, and should it cover things like her bus fare too?",
    "My 16-year-old wants a part-time job, but his GCSE results weren't great and I'm worried about his A-levels. Should I let him?",
    "how do i handle it when my kid says they hate me",
    "Is it OK to let a toddler watch TV during dinner if it's the only way she'll eat?",
    "My twins are 7 and constantly compared by teachers and relatives. One is sporty and loud, the other is quiet and loves drawing. How do I make sure they each feel like their own person?",
    "Should I make my kids finish everything on their plate?",
    "When is the right age to give a child a smartphone?",
    "Our 3-year-old still wakes up twice a night and comes into our bed. We're both exhausted and back at work. Is it time for sleep training, or will she grow out of it?",
    "Is it worth paying for a tutor for a child who's average but not struggling?",
    "My stepdaughter is 11 and polite to me but very distant. I've been in her life for two years. Should I keep trying to bond, or give her space and let it happen naturally?",
    "should kids get paid for doing chores or is that a bad habit to start",
    "How do I explain to my 5-year-old that her grandad has died?",
    "Is it better to pay off a student loan faster or put the money into savings?",
    "I'm 24 and I've always used a debit card. A friend told me I'll struggle to get a mortgage in a few years because I have no credit history. Should I get a credit card just for that, and how would I use it without falling into debt?",
    "How do I start budgeting when I've never tracked my spending at all?",
    "Is the 50/30/20 budgeting rule realistic in an expensive city?",
    "my partner and i just moved in together. joint account, separate accounts, or both",
    "Is it worth switching energy suppliers every year, or is it too much hassle for what you save?",
    "I've just received a £5,000 inheritance from my grandmother. I've got £2,000 on a credit card at 22% and no savings at all. I'd like to do something she'd be proud of. What would be a sensible split?",
    "Should I lend money to a family member if I'm not sure they'll pay it back?",
    "Is it a bad idea to take a holiday on a credit card and pay it off over a few months?",
    "Cash envelopes or a budgeting app: which works better for someone who overspends?",
    "I'm 35 and have never invested. I've got about £15,000 sitting in a normal savings account. Everyone talks about index funds, but I'm scared of losing money. How should someone like me think about getting started?",
    "is it worth cancelling a gym membership i use twice a month and just running outside",
    "Should I ask for a pay rise or start looking for a new job if I feel underpaid?",
    "How do I talk to my elderly parents about their finances without them feeling I'm after their money?",
    "Is it sensible to overpay my mortgage a little each month, or should I invest instead?",
    "My sister-in-law sells skincare through one of those home-party schemes and keeps inviting me. How do I stop going without a family row?",
    "is it rude to ask guests to bring their own chairs to a garden party",
    "Should I put my reading glasses prescription on my driving licence form if I only need them for small print?",
    "A friend who plays in a five-a-side league asked me to join, but I haven't kicked a ball in ten years. Worth a go?",
    "Hardback planner or a calendar app for a uni student who keeps missing deadlines?",
    "Is it worth reupholstering my grandmother's old armchair, or is that more expensive than a new one?",
    "Should I tell my hairdresser I didn't like the cut, or just quietly go somewhere else next time?",
    "what do you write in a card for a coworker whose dog just died",
]


GENERAL = GENERAL_FACTS_A + GENERAL_FACTS_B + GENERAL_ADVICE


HOWTO = [
    "How do I unclog a garbage disposal that just hums and won't spin?",
    "What's the best way to get melted crayon off a painted wall?",
    "How do I caulk around a bathtub so the line comes out neat?",
    "Is there an easy way to hang a heavy mirror on drywall without a stud?",
    "how do i get rid of the little black ants coming in under my back door",
    "How do I stop a kitchen faucet from dripping?",
    "What's the best way to clean grout that has turned dark gray?",
    "How do I reset a tripped GFCI outlet that won't stay on?",
    "How do I fix a toilet that keeps running after it's flushed?",
    "Is there an easy way to get stickers and sticky residue off a glass jar?",
    "How do I clean the burnt-on gunk off the bottom of my oven?",
    "how do i get a stripped screw out when the screwdriver just spins",
    "How do I jump-start a car with jumper cables, and in what order do the clamps go?",
    "What's the best way to clean foggy, yellowed headlights?",
    "How do I check and top up the coolant in my car?",
    "How do I tell if my brake pads need replacing?",
    "how do i get dog hair out of my car seats",
    "Is there an easy way to find out why my check engine light is on?",
    "How do I replace the wiper blades on my car?",
    "How do I grow potatoes in a container on a balcony?",
    "Is there a natural way to keep powdery mildew off my zucchini leaves?",
    "How do I take cuttings from a lavender plant?",
    "how do i start a compost pile in a small backyard",
    "How do I overseed a patchy lawn in the fall?",
    "How do I put up a trellis for climbing beans?",
    "What's the best way to divide a hosta that's gotten too big?",
    "How do I take a screenshot of just part of the screen on a Mac?",
    "Is there an easy way to move all my photos from an old Android phone to a new iPhone?",
    "How do I set up a printer so everyone on my home Wi-Fi can use it?",
    "how do i stop my laptop from going to sleep when i close the lid",
    "How do I make a bootable USB drive to reinstall Windows?",
    "What's the best way to back up my computer automatically every week?",
    "How do I block a phone number on an Android phone?",
    "How do I knit a basic scarf if I've never knitted before?",
    "Is there an easy way to make homemade soy candles in jars?",
    "Is there an easy way to turn an old wine bottle into a lamp?",
    "How do I frame a cross-stitch piece so it sits flat?",
    "how do i make my own greeting cards with a cricut",
    "What's the best way to sharpen kitchen knives with a whetstone?",
    "How do I refinish an old wooden chair that has chipped varnish?",
]


CODE = [
    "Write a simple Bloom filter class in Python with add and might_contain methods, and explain why it can give false positives but never false negatives.",
    "write a python function that flattens a list nested to any depth, like [1, [2, [3, [4]]]] into [1, 2, 3, 4]",
    "Write a Python CLI with argparse that has two subcommands: 'add' which takes a task name and 'list' which prints all saved tasks.",
    "Implement an LRU cache class in Python from scratch with get and put, both in O(1). You can use OrderedDict.",
    "Solve the 0/1 knapsack problem in Python: given item weights, values and a bag capacity, return the best total value and which items to take.",
    "Implement union-find (disjoint set) in Python with path compression, and use it to count the connected groups in a list of friendships.",
    "I have a folder of phone photos named IMG_1234.jpg. Write a Python script that renames each one to the date it was taken from the EXIF data, like 2023-07-14_18-22-05.jpg.",
    "python function to convert roman numerals like MCMXCIV to an integer",
    "Write a Python generator that yields sliding windows of size k over any iterable, so windows([1,2,3,4], 2) gives (1,2), (2,3), (3,4).",
    "My CSV is too big to load into memory at once. How do I read it in chunks with pandas and still get the total 'amount' per 'region'?",
    "In pandas, make a pivot table of sales with regions as rows, months as columns and the sum of revenue in the cells.",
    "Write a Python script that sends an email with a PDF attachment through Gmail's SMTP server using smtplib.",
    "Write a FastAPI app with a POST /todos endpoint that takes a title and an optional due date, validated with a Pydantic model, and stores it in a list.",
    "I have build tasks and each one lists the tasks it depends on. Write a Python function that returns an order to run them in, and raises an error if there's a cycle.",
    "What does __slots__ do in a Python class, and is it worth using?",
    "Using pathlib, write Python that moves every file in Downloads into subfolders named after the file extension, like pdf/, jpg/, zip/.",
    "Write a tiny tkinter app with a label showing a number and two buttons that add or subtract one.",
    "python run-length encoding: turn 'aaabccdddd' into 'a3b1c2d4' and back again",
    "what does the := do in this python, never seen it before\n\nwhile (line := f.readline()):\n    process(line)",
    "I call four APIs with Promise.all and if one fails I lose all the results. How does Promise.allSettled fix that? Show an example that logs which ones failed.",
    "What's the difference between a shallow copy with the spread operator and structuredClone in JavaScript? When does it matter?",
    "Group an array of orders by their status in JavaScript, so I get { paid: [...], pending: [...] }. Is there a built-in for this now?",
    "In TypeScript, write a Shape type as a discriminated union of circle, square and triangle, and an area function whose switch gives a compile error if I forget a case.",
    "Write an Express middleware that logs each request's method, URL and how many milliseconds it took to respond.",
    "how do i format 1234567.891 as $1,234,567.89 in javascript without a library",
    "Write vanilla JavaScript for a to-do list where items can be reordered by dragging them, using the HTML drag and drop API.",
    "In what order does this print, and why?\n\nconsole.log('A');\nsetTimeout(() => console.log('B'), 0);\nPromise.resolve().then(() => console.log('C'));\nconsole.log('D');",
    "My contacts table has duplicate rows with the same email. Write SQL that deletes the duplicates and keeps only the row with the lowest id for each email.",
    "Write SQL that gets the 3 highest-paid employees in each department using ROW_NUMBER().",
    "whats the actual difference between WHERE and HAVING in sql",
    "From sales(sale_date, amount), write a query that shows one row per year with a column for each month's total revenue.",
    "Write SQL to find customers who bought product 'A' but have never bought product 'B', from orders(customer_id, product).",
    "If I make a composite index on (last_name, first_name), will it help a query that only filters on first_name? Why does column order matter?",
    "bash: find all files over 100 MB that were modified in the last 7 days",
    "How do I make a tar.gz of my project folder but leave out node_modules and .git?",
    "What's the right way to loop over each line of a text file in bash, so lines with spaces don't get split up?",
    "Replace the string 'http://old-api.example.com' with 'https://api.example.com' in every .js file under src/, in place, from the command line.",
    "awk one-liner to add up the third column of a comma-separated file and skip the header row",
    "Our Postgres server only listens on localhost on a remote machine. How do I open an SSH tunnel so I can connect to it from my laptop on port 5433?",
    "Write a Rust struct that implements Iterator and yields Fibonacci numbers, then use take(10) to print the first ten.",
    "Can you explain what the 'a means here? I copied it from the book and don't really get it.\n\nfn longest<'a>(x: &'a str, y: &'a str) -> &'a str {\n    if x.len() > y.len() { x } else { y }\n}",
    "In Rust, how do I write a function that accepts anything that can be turned into a String, so both &str and String work? I've seen impl Into<String> somewhere.",
    "In Rust, how do I share a counter between 8 threads and increment it from all of them? Show it with Arc and Mutex.",
    "Write a Go program that fetches five URLs concurrently, waits for all of them with a sync.WaitGroup, and prints each status code.",
    "In Go, define a Shape interface with Area() and Perimeter(), and implement it for Circle and Rectangle.",
    "How do I shut down a Go HTTP server gracefully when I press Ctrl+C, letting in-flight requests finish?",
    "Write a C# method that downloads a list of URLs in parallel with HttpClient and Task.WhenAll and returns the total number of characters.",
    "write a c# extension method Truncate(int maxLength) for strings that adds ... when it cuts the text",
    "In C# with Entity Framework, what's the difference between IEnumerable and IQueryable, and why did my query load the whole table?",
    "Write a Java record for a Point with x and y, and show what equals, hashCode and toString give you for free.",
    "Why does this CSS grid only show one column on my wide screen?\n\n.gallery {\n  display: grid;\n  grid-template-columns: repeat(auto-fill, minmax(100%, 1fr));\n  gap: 16px;\n}",
    "Java checked vs unchecked exceptions, when should my own exception extend Exception vs RuntimeException",
    "Write a Kotlin data class for a User and show how copy() works to change just the email.",
    "In Kotlin coroutines, what's the difference between launch and async, and when do I need await()?",
    "Write a Kotlin sealed class for a network result with Loading, Success(data) and Error(message), and a when expression that handles each one.",
    "Convert this Java to idiomatic Kotlin:\n\npublic String describe(Integer age) {\n    if (age == null) {\n        return \"unknown\";\n    }\n    if (age < 18) {\n        return \"minor\";\n    }\n    return \"adult\";\n}",
    "Write an HTML signup form with properly linked labels, a required email field, a password that must be at least 8 characters, and a submit button, using only built-in validation.",
    "Make a CSS-only loading spinner: a circle with one coloured side that rotates forever.",
    "How do I keep the header row of a long HTML table visible while the rest of the table scrolls?",
    "Can someone explain CSS specificity? My class style is being overridden and I don't know why.",
    "Write a regex that matches ISO 8601 timestamps like 2024-03-15T08:30:00Z or 2024-03-15T08:30:00+02:00.",
    "regex to pull out all key=value pairs from a string like 'user=anna; role=admin; active=true'",
    "What's the difference between greedy and lazy quantifiers in regex? My pattern <.*> grabs way more than one tag.",
    "How do I squash my last 4 commits into one before opening a pull request?",
    "I fixed a bug on the develop branch and need the same fix on the release branch, but not the other commits. How do I do that with git?",
    "git stash doesn't seem to save my new files that I haven't added yet. how do i stash those too",
    "What's git worktree for? Someone said it's better than stashing when switching branches to review a PR.",
    "How do I add a HEALTHCHECK to a Dockerfile for a web app that serves /health, and what happens when it starts failing?",
    "Show me a multi-stage Dockerfile for a Go app: build it in a golang image, then copy just the binary into a tiny final image.",
    "My app inside a Docker container can't connect to a database running on my host at localhost:3306. Why, and how do I fix it?",
    "What is a race condition? Can you give a tiny example in code?",
    "explain cors to me, my frontend on localhost:3000 can't call my api on localhost:8000 and the browser is blocking it",
    "What is dependency injection, and is it just a fancy name for passing things as arguments?",
    "Can you explain this Kotlin? I don't get the ?. and the ?: parts.\n\nval length = user?.nickname?.length ?: 0",
    "If hash table lookups are O(1), why do people say the worst case is O(n)?",
    "What does it mean for an API endpoint to be idempotent, and why should PUT be idempotent but POST doesn't have to be?",
    "Why does this Python function keep adding to the same list between calls?\n\ndef add_tag(tag, tags=[]):\n    tags.append(tag)\n    return tags\n\nprint(add_tag('a'))\nprint(add_tag('b'))",
    "This should print 0.3 but prints False. Explain?\n\nprint(0.1 + 0.2 == 0.3)",
    "my react counter only goes up by 1 when i click even though i call setCount three times\n\nfunction handleClick() {\n  setCount(count + 1);\n  setCount(count + 1);\n  setCount(count + 1);\n}",
    "Why does this Python loop skip some items when I remove them?\n\nnums = [1, 2, 2, 3, 4]\nfor n in nums:\n    if n % 2 == 0:\n        nums.remove(n)\nprint(nums)",
    "This Java method sometimes returns the wrong total when several threads call it. Why?\n\nprivate int total = 0;\n\npublic void addSale(int amount) {\n    total += amount;\n}",
    "What does this bash line do? I found it in our deploy script.\n\ncd \"$(dirname \"$0\")\" || exit 1",
    "Can you explain what this SQL is doing?\n\nSELECT name, salary, salary - AVG(salary) OVER (PARTITION BY dept) AS diff\nFROM employees;",
    "Convert this Python to C#:\n\nscores = {'ana': 91, 'ben': 78, 'cho': 85}\npassed = sorted(name for name, s in scores.items() if s >= 80)\nprint(', '.join(passed))",
    "turn this bash into a python script please\n\nfor f in *.log; do\n  gzip \"$f\"\n  mv \"$f.gz\" archive/\ndone",
    "Why does my Go slice change when I only modified the copy?\n\na := []int{1, 2, 3}\nb := a\nb[0] = 99\nfmt.Println(a)",
    "This C# code never prints 'match' even when the input is Yes. Why?\n\nstring answer = Console.ReadLine();\nif (answer == \"yes\")\n{\n    Console.WriteLine(\"match\");\n}",
    "Convert this JavaScript fetch call to Python with requests:\n\nconst res = await fetch('https://api.example.com/items', {\n  method: 'POST',\n  headers: { 'Content-Type': 'application/json', 'Authorization': `Bearer ${token}` },\n  body: JSON.stringify({ name: 'lamp', qty: 2 })\n});\nconst data = await res.json();",
    "Explain what this Python does step by step:\n\nmatrix = [[1, 2, 3], [4, 5, 6]]\ntransposed = list(zip(*matrix))",
    "My TypeScript says Property 'name' does not exist on type '{}'. How should I type this?\n\nconst user = {};\nuser.name = 'Ana';",
]


MATH_FORMS = [
    "{n} is knitting a scarf that needs {b} balls of wool. Each ball costs ${c}.{e} and the pattern costs $4. If {n} knits {c} rows a night and the scarf needs {d} rows, how much will it cost and how many nights will it take?",
    "A school trip needs to take {d} students and {b} teachers to a museum. Each bus holds 5{c} people. How many buses are needed, and how many empty seats will there be?",
    "{n} reads {a} pages a day. How many days will it take to finish a book of {d}0 pages, and on which day will the last pages be read if the first day is a Monday?",
    "A water tank holds {d}0 litres and is filled by a hose at {b} litres per minute while a leak lets out {c} litres every 10 minutes. How long does it take to fill the empty tank?",
    "A pizza place sells a 1{c} inch pizza for $1{c}.{e} and an 8 inch pizza for $5.{e}. Which one gives more pizza per dollar, and by how much per square inch?",
    "{n} walks the dog {c} times a day, {e} minutes each walk. How many hours is that in a 30-day month, and how many kilometres if the walking speed is 4 km/h?",
    "A year group of 1{e} pupils voted on a trip: {b2} chose the zoo, {c2} chose the beach, and everyone else chose the science museum. What percentage chose each option?",
    "{n} fills a car with {e} litres of fuel at $1.{c}9 a litre and drives {d} km before the next fill-up. What is the fuel cost per 100 km?",
    "A printer prints {b2} pages a minute in black and white and {c} pages a minute in colour. How long does it take {n} to print {d} black-and-white pages and {a} colour pages?",
    "A recipe makes {b} muffins using {c2}00 g of flour and 2 eggs. {n} wants to make {b4} muffins. How much flour and how many eggs are needed?",
    "{n} earns ${a}.50 an hour at a weekend job and works {c} hours on Saturday and {c2} hours on Sunday. How much is earned in {b} weekends, and how many weekends to save up for a ${d}0 bike?",
    "A gym membership costs ${e} a month with a joining fee of ${d}, or ${a} per visit with no membership. If {n} goes {c} times a month, which is cheaper over a year?",
    "A movie starts at {c}:{e} pm and runs for 1{c}0 minutes. If {n} needs 25 minutes to get home afterwards, what time will {n} get home?",
    "A fence is {d} m long and needs a post every {c} m, including one at each end. How many posts are needed, and what do they cost at ${b}.{e} each?",
    "{n} has ${d}0 for a party and spends {b}% of it on decorations and ${a} on a cake. The rest goes on pizza at ${c2}.{e} per pizza. How many pizzas can {n} buy?",
    "A phone battery drops {c}% every hour while streaming music and {b}% every hour while playing games. Starting at 100%, how long can {n} play games for 2 hours and then stream music before the battery runs out?",
    "A shop sells stamps in books of {b} for ${c}.{e}. {n} needs {d} stamps for wedding invitations. How many books must be bought, how much will they cost, and how many stamps will be left over?",
    "{n} plants {b} rows of tulips with {a} bulbs in each row. If {e}% of the bulbs don't come up, about how many tulips will flower?",
    "A cyclist rides {d} km in a week, split evenly over {c} rides. If the average speed is 1{c2} km/h, how long is each ride in hours and minutes?",
    "{n} saves {e} cents from every day's lunch money for {b} weeks of 5 school days. How much is saved, and how much more is needed to buy a $60 video game?",
]


math_prompts = word_problems(MATH_FORMS, MATH_NAMES)


LISTS = [
    "What are five signs a used car has been in a serious accident?",
    "Top 7 hiking trails in the Alps for intermediate walkers.",
    "A checklist for moving out of a rented flat so I get my deposit back.",
    "List 8 famous speeches from the 20th century and who gave them.",
    "name some birds you'd likely see in a british garden in winter",
    "A checklist for the week before a house move.",
    "List 9 famous bridges around the world and what makes each one special.",
    "give me 10 names for a bakery that sells mostly cinnamon buns",
    "What are 8 inventions from the Industrial Revolution that changed daily life?",
    "Top 10 jazz albums for someone new to jazz.",
    "List 7 common houseplant pests and how to spot them.",
    "What are five ancient wonders of the world and where were they?",
    "Give me a checklist for preparing a car for a long winter drive.",
    "List 8 words in English that have no exact equivalent in other languages.",
    "list some fun science experiments you can do with kitchen ingredients",
    "Give me 6 tips for writing a good cover letter.",
    "What are 10 foods that are surprisingly high in protein?",
    "List 7 famous female pilots and explorers.",
    "Top 8 skills employers say graduates are missing.",
    "Give me 12 names for a cosy café in a seaside town.",
    "List 5 types of clouds and what weather each usually brings.",
    "A checklist for a baby's hospital bag.",
    "What are 9 useful keyboard shortcuts in Excel?",
    "List 10 volcanoes that have erupted in the last hundred years.",
    "Name 6 traditional dishes from Ethiopia.",
    "Give me 7 ways to reduce food waste at home.",
    "List 8 famous mathematicians and one thing each is known for.",
    "Top 6 beginner-friendly programming languages and what each is good for.",
    "What are five classic French sauces?",
    "A checklist for setting up a new laptop securely.",
    "list 9 movies set almost entirely in one room",
    "Give me 10 questions for a first date that aren't boring.",
    "List 7 muscles you can work with just a resistance band.",
    "What are 8 common idioms about time and what do they mean?",
    "Give me 6 ideas for a school fundraising event.",
    "Name 10 sports played at the Winter Olympics.",
    "List 8 things to check before booking a holiday rental online.",
    "Top 5 card games for a group of six adults.",
    "give me 10 funny captions for a photo of my dog in a raincoat",
    "What are 7 signs you need to replace your running shoes?",
    "List 6 famous composers from the Romantic era.",
    "Give me 12 ideas for things to put in a time capsule.",
    "List 8 well-known optical illusions and why they trick the eye.",
    "What are five myths about sleep that most people believe?",
    "List 10 snacks to pack for a day of hiking.",
    "Give me 8 ways to say thank you in different languages.",
    "Top 7 castles to visit in Wales.",
    "list some quiet hobbies you can do in a small flat",
    "Name 9 desserts from around the world that use rice.",
    "Give me 8 riddles that work well for kids aged 8 to 10.",
    "list some famous shipwrecks besides the titanic",
    "What are six tell-tale signs of a fake designer handbag?",
    "Top 7 national parks in the United States for seeing wildlife.",
    "Give me 10 name ideas for a knitting circle that meets at a pub.",
    "List 9 board games that teach kids a bit of maths without feeling like homework.",
    "A checklist for hosting an Airbnb guest for the first time.",
    "What are five instruments used in a traditional Irish folk session?",
    "List 7 easy origami models for a rainy afternoon.",
    "give me 10 silly superlatives for an office end-of-year awards night",
    "Name 8 famous duels or rivalries from history.",
]


WRITING = [
    "Write a short email to my neighbour asking if they could stop parking across my driveway. Keep it friendly, we get on well otherwise.",
    "write a text to my friend saying i can't make her birthday dinner on saturday because i'm sick, but i want to take her out next week instead",
    "Write a four-line verse for a seed packet, about waiting for sunflowers to come up.",
    "Can you write a two-minute toast for my parents' 40th wedding anniversary? They met at a roller rink, they still argue about directions, and they raised four kids on a farm.",
    "Write a product description for a handmade ceramic mug with a thumb rest, glazed in speckled blue, holds 350 ml. About 80 words.",
    "I'm a wedding florist in Leeds who loves wild, unstructured bouquets and seasonal British flowers. Can you give me three options for the little blurb on my website's About page, two sentences each?",
    "Rewrite this paragraph so it sounds more professional:\n\nhey so basically the report is gonna be late bc the data from the sales team came in wrong and we had to redo like half of it. should be done by thursday hopefully. sorry!!",
    "Write the opening paragraph of a mystery story set in a snowed-in ski lodge.",
    "Write a LinkedIn post announcing that I've just finished my nursing degree after retraining at 38. Not too cheesy.",
    "write me a haiku about a cat who refuses to get off the keyboard",
    "Write a polite email to a landlord asking for the deposit back. I moved out five weeks ago and haven't heard anything.",
    "Can you write a thank-you note to my son's kindergarten teacher at the end of the year? He was very shy at the start and she really helped him.",
    "Write a limerick about a goat who eats the washing off the line.",
    "Rewrite this to be shorter and clearer, it's for a sign in our shared kitchen:\n\nWe would like to kindly remind everyone who uses this kitchen that it would be greatly appreciated if all dishes, cups and cutlery could be washed, dried and put away after use rather than being left in the sink, as this causes problems for other people who want to use the sink.",
    "Write a resignation letter. I'm leaving my job as a warehouse supervisor after six years, on good terms, and my last day will be 30 June.",
    "Write a 150-word description of a weekend cabin for an Airbnb listing: a wood stove, a hot tub, a lake five minutes' walk away, no wifi.",
    "Write a short, funny speech for my best friend's 30th birthday. She is always late and has owned nine houseplants, all now dead.",
    "write a message for my team group chat saying well done for hitting our target this quarter, casual tone",
    "Write a poem for a child about the moon following the car at night. Rhyming, about 12 lines.",
    "Write an email to a customer apologising that their order arrived damaged, offering a replacement or full refund.",
    "Make this paragraph sound warmer and less stiff. It's from our charity's newsletter:\n\nThe organisation wishes to express its gratitude to all volunteers for their contributions during the previous year. The number of meals delivered increased by 22 per cent. Volunteer recruitment remains a priority for the coming year.",
    "Write the first page of a fantasy story where a baker discovers her bread can make people tell the truth.",
    "Write a short message to a coworker who just lost her dad. I don't know her very well.",
    "Write a cover letter opening paragraph for a junior graphic designer job at a small branding studio.",
    "Can you write a tweet-length announcement that our bakery is closing for two weeks in August for a holiday?",
    "Write a 100-word author bio for the back of my first novel. I'm a retired vet from Cornwall and the book is a cosy crime story.",
    "write a sonnet about commuting on a crowded train",
    "Write an out-of-office reply for while I'm on parental leave for four months. Mention who to contact instead (Jonas, for sales questions).",
    "Write a short speech to open a school sports day. I'm the head teacher and it's very hot.",
    "Rewrite this in simple English for people who are still learning the language:\n\nResidents are advised that the municipal swimming facility will be temporarily inaccessible owing to essential maintenance of its filtration infrastructure.",
    "Write a product description for a waterproof dog coat with reflective strips and a hole for the lead. Fun tone, for an online pet shop.",
    "Free verse, please: something about the last morning in a house you grew up in, before the new owners arrive.",
    "Write an email asking my manager for a raise. I've taken on two extra clients this year and trained the new starter.",
    "Can you write the opening scene of a sci-fi story where a cargo pilot picks up a distress signal that's in her own voice?",
    "write a fun caption for a photo of my dog wearing sunglasses at the beach",
    "Write a eulogy, about 300 words, for my uncle Tony. He was a bus driver for 35 years, loved fishing and terrible puns, and never missed a family birthday.",
    "Write a message to a group of parents asking for volunteers to help at the school book fair next Friday.",
    "Rewrite this paragraph to make it more exciting. It's the start of my kid's story:\n\nThe boy went into the forest. It was dark. He heard a noise. He was scared. Then he saw a light.",
    "Write three different taglines for a small coffee shop that also repairs bicycles.",
    "Write a formal complaint letter to a gym that kept charging me for three months after I cancelled.",
    "Write a short welcome message for new members of our hiking club's online forum.",
    "My daughter wants a story, about 400 words, about a lighthouse keeper's cat who sails away in a teacup. Gentle, for bedtime.",
    "Can you write a wedding reading that isn't religious and isn't too long? Something about building a home together.",
    "Write a friendly reminder email to clients that invoices are due within 14 days, without sounding pushy.",
    "write a short rap verse about doing laundry",
    "Write a Facebook post for our village hall announcing a quiz night on 12 October, £3 entry, teams of up to six, proceeds to the roof fund.",
    "Rewrite this to be less aggressive, I want to send it to my flatmate:\n\nI'm sick of cleaning up after you. The bathroom is disgusting and you never take the bins out. Sort it out.",
    "Write a short poem to go in a card for a friend who's moving abroad.",
    "Write a professional bio, third person, about 120 words, for a conference speaker: Dr Leila Haddad, marine biologist, studies coral reef recovery in the Red Sea.",
    "Write the opening paragraph of a literary short story about an old man selling his late wife's piano.",
]


SUMMARY = [
    ("tl;dr please\n\n"
     "PELLINGHAM — The footbridge over the River Wend at Pellingham Mill will close for eleven weeks from 3 September while engineers replace its corroded steel supports, the district council confirmed on Thursday.\n\n"
     "The bridge, built in 1938, is used by around 2,000 people a day, many of them pupils walking to Wendside Academy and commuters heading for the railway station. An inspection in the spring found that two of the four main supports had lost almost a third of their thickness to rust.\n\n"
     "During the closure, walkers and cyclists will be sent along a signed diversion through Tanner's Yard and over the road bridge on Station Street, which adds roughly 900 metres to the journey. The council will put a crossing patrol on Station Street at school times and has asked the bus company to add two extra morning journeys on route 14.\n\n"
     "Some parents say the diversion is not good enough. \"Station Street is narrow, the pavement is tiny and the lorries come through fast,\" said Hannah Crewe, whose two sons attend the academy.\n\n"
     "Council engineer Raj Menon said the work could not wait until the summer holidays next year. \"If we leave it, we risk having to close the bridge with no warning at all,\" he said.\n\n"
     "The £340,000 project is being paid for from the council's highways budget. The bridge is due to reopen on 19 November, with new lighting and a non-slip surface."),
    ("Summarize this in 3 bullets for our team channel.\n\n"
     "Hi all,\n\n"
     "Quick update on the office move, since a few people have asked. We are still on track to move from the Harbour Street office to the new space at Calder House on Monday 14 October. The landlord has finished the kitchen and the meeting rooms, and the network cabling was tested last Friday.\n\n"
     "Here is what you need to do. By Wednesday 9 October, please pack your desk into the crates that facilities will drop off on Monday. Label each crate with your name and new desk number, which you'll find on the floor plan in the shared drive. Anything you don't want to bring, put in the blue bins for recycling or the grey bins for shredding.\n\n"
     "Laptops should come home with you on Friday 11 October. Monitors, docks and keyboards will be moved by the removal company, so leave them on your desk, unplugged.\n\n"
     "Parking at Calder House is limited to 30 spaces, and they'll be given first to people with blue badges and those who car-share. If you want a space, fill in the form on the intranet by the end of this week.\n\n"
     "There will be a welcome breakfast in the new kitchen at 9 am on the first day. Any questions, ask me or Dominic.\n\n"
     "Thanks,\nSelma"),
    ("what are the action items from these notes, who's doing what\n\n"
     "Allotment Committee meeting, 6 May\n"
     "Present: Gwen (chair), Tariq, Bernadette, Louis, Ifeoma. Apologies: Frank.\n\n"
     "1. Water. The main tap by plot 22 has been leaking since March and the water bill is up by a third. Tariq has a quote from a plumber for £185. Agreed to go ahead; Tariq to book the plumber this month.\n\n"
     "2. Empty plots. Plots 7, 31 and 40 are vacant and there are 14 people on the waiting list. Bernadette will write to the top three on the list and offer them a plot, with a two-week deadline to reply.\n\n"
     "3. Overgrown plots. Two plots have not been worked at all this season. Gwen will send the standard first warning letter to both holders. If nothing changes in a month, the plots will be offered to the waiting list.\n\n"
     "4. Open day. The summer open day is on 20 July. Louis will ask the local primary school if children would like to come and plant sunflowers. Ifeoma offered to run the cake stall and asked for volunteers to bake.\n\n"
     "5. Shed security. The communal shed was broken into in April and a strimmer was taken. Agreed to buy a better padlock; Louis to get one before the next meeting.\n\n"
     "6. AOB. Frank has asked whether bees can be kept on site. Deferred to next meeting when he can attend.\n\n"
     "Next meeting: 3 June, 7 pm, in the shed."),
    ("I got this review of my cafe on a booking site. Can you tell me in plain words what the customer liked and what they didn't?\n\n"
     "Three stars, and honestly it hurts to give only three because so much about this place is lovely. We came for brunch on a Sunday, two adults and a toddler. The room is bright, the staff were kind to our daughter and brought her crayons without being asked, and the sourdough is some of the best I've had outside a proper bakery. My shakshuka was rich and spicy, exactly how I like it.\n\n"
     "The problems were all about timing. We waited 25 minutes for our coffees, which arrived after the food, and my husband's eggs Benedict came out lukewarm with the sauce already starting to set. When we mentioned it, the waiter apologised and took it back, but the replacement took another 20 minutes, by which time I'd finished and our daughter had had enough.\n\n"
     "It also felt as though there were only two people working the floor for a completely full cafe, so I don't blame the staff, who were clearly run off their feet. I'd blame whoever does the rota.\n\n"
     "The bill was fair, around £42 for the three of us, and they took the eggs off it without us asking, which was a nice touch.\n\n"
     "Would I go back? Yes, but on a weekday, when it's quieter. If they sort the weekend staffing out this would easily be a five-star place."),
    ("ELI10 please\n\n"
     "Researchers have found that some songbirds appear to dream about singing. In a study of zebra finches, scientists recorded the electrical activity of nerve cells in a part of the brain that controls the muscles used in song. When the birds were awake and singing, these cells fired in a very particular pattern, note by note.\n\n"
     "The surprise came when the birds were asleep. During certain stages of sleep, the same cells fired again in patterns that closely matched the song the bird had sung during the day, as if the bird were silently practising. In some recordings, the tiny muscles in the bird's voice box even twitched slightly in time with the replayed pattern, though no sound came out.\n\n"
     "Young finches learn their song by copying an adult tutor, and it takes them weeks of practice to get it right. The researchers think this night-time replay may help them improve, in the same way that sleep seems to help people remember new skills such as playing a piece on the piano. Birds that were kept from sleeping properly during the learning period produced less accurate copies of their tutor's song.\n\n"
     "The team is careful to say they cannot know whether the birds experience anything like a dream. What they can say is that the sleeping brain is busy going over the day's lessons."),
    ("Can you give me the gist of this in two sentences?\n\n"
     "Notice to all tenants of Fairhaven Court\n\n"
     "From Monday 2 June, the building's refuse and recycling arrangements are changing. The council has told us that the current system, in which each floor has its own chute, does not meet new fire safety guidance. The chutes will therefore be sealed permanently on that date.\n\n"
     "Instead, all household waste and recycling must be taken to the new bin store at the back of the car park, next to the bicycle shelter. The store has separate containers for general waste, mixed recycling, glass and food waste. Each flat will receive a small kitchen caddy and a roll of compostable liners for food waste before the change.\n\n"
     "The bin store is lit and covered by the building's security cameras, and it can be opened with your existing fob. It will be emptied on Tuesdays and Fridays.\n\n"
     "We understand this will be harder for some residents, especially those with mobility problems or young children. If you cannot carry rubbish down the stairs or to the car park, please contact the estate office by 20 May. We will arrange a weekly collection from your door at no extra cost.\n\n"
     "Please do not leave bags in the corridors or stairwells. This blocks escape routes and attracts pests, and anyone doing so may receive a warning under the terms of their tenancy.\n\n"
     "Thank you for your patience.\nFairhaven Court Estate Office"),
    ("The Glasswing butterfly, found from Mexico to Panama, is named for the clear, see-through panels on its wings. Unlike most butterflies, which are covered in tiny coloured scales, the Glasswing has wing areas with very few scales, and those it has are thin and bristle-like. The membrane underneath is also covered in microscopic bumps that stop light reflecting off it, so the wing hardly shines at all.\n\n"
     "Being nearly invisible is a useful defence. Birds hunting in the forest understory find it difficult to spot a butterfly that lets the background show through, especially when it is flying. Only the narrow dark edges of the wings, and a faint orange or white band near the tips, give it away.\n\n"
     "The caterpillars feed on plants of the nightshade family, which contain bitter, poisonous chemicals. The caterpillars store these chemicals in their bodies, and adults keep them, which makes the butterflies unpleasant to eat. Adult males also visit certain flowers to collect further chemicals that they use to make scents for attracting females.\n\n"
     "Glasswings are known for travelling long distances for their size, sometimes covering several kilometres in a day, and for gathering in groups called leks, where males gather and compete for the attention of females.\n\n"
     "Scientists studying the anti-reflective surface of their wings hope to copy it for use on phone screens and solar panels.\n\n"
     "What's the main idea of this passage? It's for my kid's homework."),
    ("sum this up in a few lines, my sister sent me her blog post and wants to know if the point comes across\n\n"
     "Why I stopped buying fast fashion (and what happened next)\n\n"
     "Two years ago I counted the clothes in my wardrobe. There were 212 items, not including socks. I wore maybe forty of them. Most of the rest still had the smell of the shop, and about a dozen still had the labels on.\n\n"
     "That afternoon I made a rule: for one year, no new clothes. Second-hand was allowed, repairs were encouraged, and if something truly wore out I could replace it, but only after waiting thirty days.\n\n"
     "The first two months were harder than I expected. I hadn't realised how often I bought clothes because I was bored, or sad, or because an app told me there was a sale. Without that, I had to find other things to do on a Sunday afternoon.\n\n"
     "Then it got easier, and then it got fun. I learned to sew on buttons and take up hems. I swapped clothes with friends. I discovered that the charity shops in the posh part of town are full of barely worn wool coats.\n\n"
     "By the end of the year I had spent £180 on clothes, compared with nearly £1,400 the year before. I also noticed I got dressed faster, because I actually liked everything I owned.\n\n"
     "I'm not perfect now. I still buy new trainers. But the year taught me that wanting something and needing it are different feelings, and that the wait usually makes the want go away."),
    ("Dear Mr and Mrs Okafor,\n\n"
     "I am writing about Chidi's progress in Year 8 science this term. First, I want to say how much I have enjoyed teaching him. He asks excellent questions, often ones that take the whole class in an interesting direction, and his practical work is careful and well organised. His model of the human heart was one of the best in the year group.\n\n"
     "However, I am concerned about his written homework. Of the nine tasks set since September, Chidi has handed in four, and two of those were late. When he does complete homework, the quality is good, so I do not believe the problem is understanding. I wonder whether he is finding it hard to keep track of deadlines, or whether something else is taking up his evenings.\n\n"
     "His end-of-term test result was 58 per cent, which is below what I think he is capable of. Most of the marks he lost were on longer written answers, where he knew the science but did not explain it fully.\n\n"
     "I would suggest two things. Chidi could use the school planner app, which sends reminders the day before each deadline, and he is welcome at homework club in the science block on Tuesdays and Thursdays until 4.30 pm.\n\n"
     "I would be very happy to talk about this at parents' evening on 28 November, or by phone before then.\n\n"
     "Yours sincerely,\nMs R. Lindqvist\nScience Department\n\n"
     "My husband wants the short version. What is the teacher saying?"),
    ("Could you summarise this short story opening in one paragraph and tell me what mood it sets?\n\n"
     "The lighthouse on Carrick Point had not been lit for nineteen years, which was why Agnes Toller nearly dropped her shopping when she saw the beam sweep across the bay.\n\n"
     "It was a Tuesday in February, the kind of evening when the wind off the sea got into your coat and stayed there. She had walked the same road home from the Co-op every week since her husband died, and every week the lighthouse had been a dark finger against a darker sky. Now it was turning, slow and steady, exactly as she remembered it from when she was a girl.\n\n"
     "She stood on the sea wall and counted. Three seconds of light, seven of dark. The old pattern. Nobody had changed it.\n\n"
     "There was no road to Carrick Point, only a path along the cliffs that had been closed since a section fell into the sea. The keeper's cottage was boarded up. The last keeper, a man called Ronnie Sewell, had moved to his daughter's in Glasgow when the light was automated and then switched off, and Agnes had heard he'd died there years ago.\n\n"
     "Behind her, a car slowed. It was Davy from the garage, leaning out of his window with his mouth open.\n\n"
     "\"You're seeing that too?\" he said.\n\n"
     "\"I am,\" said Agnes. She put her shopping down on the wall. \"And I'm going to find out who's up there.\""),
    ("Can you turn this into a short summary I can read out at the start of the parents' meeting?\n\n"
     "Update from the Friends of Hollybank Primary\n\n"
     "Thank you to everyone who came to the autumn fair on 12 October. Despite the rain, we had more visitors than last year and raised £3,870 after costs, our best total yet. The tombola and the second-hand uniform stall did especially well, and the Year 6 smoothie bike was a big hit.\n\n"
     "As agreed at the last meeting, this money will go towards new outdoor play equipment for the infant playground. The head teacher has chosen a climbing frame and a sandpit cover from a supplier that the local authority approves. Together they cost £5,200, so we still need to raise about £1,300. We hope to do this through the Christmas raffle and the disco in February.\n\n"
     "We are also short of helpers. Several committee members have children leaving in the summer, and we need a new treasurer and someone to coordinate the uniform stall from January. Neither job takes more than an hour or two a month. Full handover notes will be provided.\n\n"
     "Finally, a reminder that we now have a card reader, so please don't worry if you don't carry cash to our events.\n\n"
     "Our next meeting is on Wednesday 6 November at 6.30 pm in the school hall. Childcare is available in the library."),
    ("NEWBRIDGE — A farmer who set up a vending machine selling fresh milk at his farm gate says he has sold more than 30,000 litres in its first year, and now plans to add a second machine in the village centre.\n\n"
     "Owen Prys, whose family has kept dairy cows at Pant-y-Ffynnon Farm for four generations, installed the machine in a converted shipping container after the price he was paid by a large dairy fell below what it cost him to produce the milk. Customers bring their own bottles, or buy a glass one for £2, and pay £1.50 a litre.\n\n"
     "The milk is pasteurised on the farm but not homogenised, so the cream rises to the top. Mr Prys also sells milkshakes in six flavours, including strawberry and salted caramel, which he says are most popular with families at weekends.\n\n"
     "\"At the beginning I thought I'd be happy selling fifty litres a day,\" he said. \"Some Saturdays we sell three hundred.\"\n\n"
     "He still sends most of his milk to the dairy, but he says the machine now brings in enough to cover the wages of a part-time worker. He has applied for planning permission for a second machine in the car park of the Newbridge village hall.\n\n"
     "Some residents have raised concerns about traffic on the narrow lane to the farm. Mr Prys has widened the entrance and added a small car park for eight vehicles.\n\n"
     "summarize this in like 2 sentences"),
    ("Give me the key takeaways from this email, I'm new and don't know what half of it means.\n\n"
     "Subject: Q3 close — deadlines and changes\n\n"
     "Hi team,\n\n"
     "As we head into quarter-end, here are the dates for the Q3 close. All expense claims for July to September must be submitted in the finance system by 5 pm on Friday 4 October. Claims submitted after that will roll into Q4, which will affect your department's reported spend, so please don't leave them until the last minute.\n\n"
     "Purchase orders that have been received but not yet invoiced need to be flagged to accounts payable by Monday 7 October, so we can accrue them. If you're not sure whether something counts, assume it does and send it over.\n\n"
     "Budget holders should expect their draft variance reports on 11 October. Please review them and send any explanations for spending more than 10 per cent over or under budget by 16 October.\n\n"
     "One change this quarter: we are no longer accepting photos of receipts taken on personal phones via email. All receipts must be uploaded through the mobile app, which reads the amount and date automatically. If you haven't installed it, the link is on the intranet.\n\n"
     "Thanks for your help. A smooth close means we can give the board accurate numbers on time.\n\n"
     "Best,\nKatrin Vos\nFinancial Controller"),
    ("Here's a passage from my history textbook. Summarise it in 5 bullet points for revision.\n\n"
     "The Hanseatic League was a network of merchant guilds and market towns that dominated trade in northern Europe from the 13th to the 15th century. It began as an alliance between German traders who banded together for protection when travelling abroad, and gradually grew into an association of around 200 towns stretching from the Netherlands to the Baltic, with Lübeck as its leading city.\n\n"
     "The League had no king, no standing army and no single government. Instead, representatives of member towns met at irregular assemblies called Diets to agree on common policies. It ran major trading posts, known as kontors, in London, Bruges, Bergen and Novgorod, where its merchants lived under their own rules.\n\n"
     "Hanseatic ships carried timber, furs, wax, grain and fish from the east and north, and cloth, wine and metal goods in return. Salted herring from the Baltic was especially valuable, because Christians across Europe ate fish rather than meat on many days of the year.\n\n"
     "The League was powerful enough to fight and win a war against Denmark in 1370, which gave it control of trade through the straits into the Baltic. But from the late 15th century its strength faded. Dutch and English merchants became more competitive, strong territorial states grew up around it, and Atlantic trade routes drew business away. The last Diet met in 1669."),
    ("My landlord sent this. Is he putting the rent up or not? Short answer please.\n\n"
     "Dear Tenant,\n\n"
     "I am writing to let you know about some changes to your tenancy at 14B Orchard Row, which will take effect when your current fixed term ends on 31 August.\n\n"
     "After reviewing rents for similar two-bedroom flats in the area, I had intended to increase your monthly rent from £1,050 to £1,125. However, since you have always paid on time and kept the flat in excellent condition, I have decided to keep the increase smaller. Your new rent will be £1,080 per month, starting with the payment due on 1 September.\n\n"
     "I am also planning to replace the boiler in October, as it is now more than fifteen years old. The work should take two days, and I will confirm the dates with you at least two weeks in advance. You will be without hot water and heating during that time, and I will take £70 off October's rent to make up for the inconvenience.\n\n"
     "If you would like to continue renting, please let me know in writing by 31 July, and I will send a new tenancy agreement for twelve months. If you would rather move on, I would be grateful if you could give me the same notice so I can start looking for a new tenant.\n\n"
     "Please get in touch if you have any questions.\n\n"
     "Kind regards,\nMartin Ellery"),
    ("Marketing just sent me this product page copy. What are the three main selling points?\n\n"
     "The Driftline 2 rain jacket is made for people who don't let the weather decide their plans. Built from a three-layer recycled fabric, it keeps out heavy rain for hours while letting sweat escape, so you stay dry on the inside too, whether you're cycling to work or climbing a wet hill.\n\n"
     "Taped seams and a stiffened, adjustable hood keep water from creeping in at the weak spots. The hood's peak is shaped to stay clear of your eyes, and it rolls away into the collar when the sun comes out. Zipped vents under the arms let you cool down quickly without taking the jacket off.\n\n"
     "We've kept it light. The jacket weighs just 340 grams and packs into its own chest pocket, so it disappears into a daypack until you need it.\n\n"
     "Every Driftline 2 is made without PFAS chemicals, which have been used for decades to make outdoor gear water-repellent but persist in the environment almost forever. Our new plant-based coating beads water just as well and can be refreshed in a home wash.\n\n"
     "Available in six colours and sizes XS to XXL, including a women's cut with a longer back. Every jacket comes with our lifetime repair promise: if a zip breaks or a seam fails, we'll fix it for free.\n\n"
     "Price: £185."),
    ("I need to brief my manager. Summarise this in one short paragraph, with the decision first.\n\n"
     "Minutes: Product planning, 18 March\n"
     "Attendees: Lena (product), Marcus (engineering), Yuki (design), Dev (support).\n\n"
     "Dev reported that 40% of support tickets in February were about password resets, mostly from users who had forgotten which email they signed up with. This costs roughly 60 support hours a month.\n\n"
     "Yuki proposed adding sign-in with a one-time code sent by text message. Marcus said the code is simple but the text messaging provider would cost around £900 a month at current volumes. He suggested 'magic link' sign-in by email instead, which is almost free, but Dev pointed out it doesn't help people who have forgotten their email address.\n\n"
     "Lena asked whether the reset page could simply show a masked hint of the email, like j***@gmail.com, when a user enters their phone number. Marcus said this could be built in about a week. Yuki raised a privacy concern; the group agreed to show the hint only after the user also enters their date of birth.\n\n"
     "Decision: build the masked email hint first (Marcus, target 1 April). Revisit text message codes in Q3 if reset tickets don't drop by at least half.\n\n"
     "Actions: Yuki to mock up the reset page by 22 March. Dev to tag all password tickets so the drop can be measured. Lena to update the roadmap."),
    ("what's this saying, in normal words\n\n"
     "A new study suggests that the way a person walks in their fifties may give early clues about their risk of memory problems decades later. Researchers followed nearly 1,800 adults in their early fifties for twenty years. At the start, each person's walking speed was measured over a short indoor course, along with how steady their stride was.\n\n"
     "Over the next two decades, those with the slowest and most uneven walking were more likely to show declines in memory and thinking tests than those who walked faster and more evenly. The link held even after the team took into account factors such as age, education, weight, smoking and blood pressure.\n\n"
     "The authors stress that walking speed is not a diagnosis. Many things, from a sore knee to simply being tired, can slow someone down on the day of a test. Instead, they think that walking, which needs the brain to coordinate balance, vision and movement all at once, may reflect the general health of the brain's wiring.\n\n"
     "This could make a simple walking test a cheap way for doctors to spot people who would benefit from further checks, years before any symptoms appear. The researchers also noted that regular exercise is known to be good for the brain, though their study was not designed to show whether walking more can reduce the risk."),
    ("Can you summarise this letter from my great-grandfather? The handwriting transcription is long and I want the main news.\n\n"
     "My dear Nell,\n\n"
     "Your letter of the 4th came yesterday and I read it three times over before supper. I am glad the little one is over her cough and that your mother is keeping well, though I wish she would not climb the ladder to do the windows.\n\n"
     "You will want news of the farm. The wheat came in better than we feared after the wet spring, and Mr Bellamy says the price at market is fair this year, so we shall not want for coal this winter. We lost the old grey mare in August. She lay down in the top field one morning and did not get up. I buried her by the hawthorn, where she liked to stand in the shade. Tom cried, though he tried not to let me see.\n\n"
     "The biggest news is that Bellamy has offered me the tenancy of Low Meadow, the forty acres by the river, from Lady Day. It is good land and would give us room for a proper dairy herd. I have said yes, though it means borrowing from the bank, and I lie awake some nights thinking of it. I believe it is the right thing for the boys.\n\n"
     "Come home at Christmas if you can. The house is too quiet without you.\n\n"
     "Your loving father,\nWm. Ashby"),
    ("tl;dr\n\n"
     "CORVEN BAY — Swimming has been banned at Corven Bay's main beach for the second weekend running after tests found high levels of bacteria in the water, and the town's businesses say the timing could not be worse.\n\n"
     "Environmental officers took samples on Tuesday after heavy rain and found levels of E. coli above the safe limit for bathing. Red flags were raised and signs put up warning people to stay out of the water. A second set of samples, taken on Thursday, was still above the limit.\n\n"
     "The water company, Westmoor Water, admitted that a storm overflow near the harbour had released untreated sewage into the sea for around 14 hours during the downpour. Overflows are allowed to operate in extreme rain to stop sewage backing up into homes, but campaigners say they are being used far too often. The Corven Bay overflow discharged on 43 occasions last year.\n\n"
     "The ban comes during the town's busiest fortnight. Sandra Polglase, who runs a surf school on the beach, said she had cancelled 60 lessons. \"People have booked holidays around this. They're angry, and they're angry with us, even though it's not our fault,\" she said.\n\n"
     "Westmoor Water said it was investing £28 million to increase storage at the site, but the work will not be finished until 2028. Officers will test the water again on Monday, and the beach will reopen when two samples in a row are clean."),
    ("Summarize this encyclopedia entry in three sentences.\n\n"
     "Kintsugi is a Japanese method of repairing broken pottery by joining the pieces with lacquer that is dusted or mixed with powdered gold, silver or platinum. Rather than hiding the damage, the repair makes the cracks stand out as shining lines, so the mended object carries a visible record of its history.\n\n"
     "The technique is usually traced to the late 15th century. According to a popular story, the shogun Ashikaga Yoshimasa sent a damaged Chinese tea bowl back to China for repair and was disappointed when it came back held together with ugly metal staples. Japanese craftsmen then looked for a more beautiful way to fix it. Whether or not the story is true, kintsugi became closely tied to the tea ceremony, where old and worn utensils were prized.\n\n"
     "Traditional kintsugi uses urushi, a natural lacquer made from the sap of a tree related to poison ivy. The work is slow: each layer of lacquer must harden in a warm, humid cabinet, and a single repair can take weeks or months. Modern kits often use epoxy glue and gold-coloured powder instead, which is quicker but not food-safe.\n\n"
     "Kintsugi is often linked to the Japanese idea of wabi-sabi, which finds beauty in imperfection and impermanence. In recent years it has become a popular metaphor in self-help writing for the idea that people can be made stronger, not weaker, by the things that have broken them."),
    ("I'm the new volunteer coordinator and was handed this. What do I actually need to do?\n\n"
     "Handover notes — Riverside Food Bank volunteer rota\n\n"
     "The rota lives in the shared spreadsheet called 'Rota 2025'. Each week has its own tab. We run three sessions: Tuesday 10–1 (sorting donations), Thursday 4–7 (handing out parcels) and Saturday 9–12 (both). Each session needs at least four people, and Thursday needs six because it's the busiest.\n\n"
     "Volunteers sign themselves up using the link pinned in the WhatsApp group. Every Sunday evening, check the coming week. If any session has fewer than the minimum, post a reminder in the group. If it's still short by Wednesday, phone the people on the 'emergency list' tab, who have said they don't mind last-minute calls.\n\n"
     "New volunteers must do a one-hour induction before their first shift. Inductions happen on the first Saturday of the month at 8.30 am, before the session. Bianca runs them, so just send her the new person's name and phone number.\n\n"
     "Anyone under 18 needs a signed parental consent form, kept in the blue folder in the office. Don't put them on the rota until it's in.\n\n"
     "Once a month, send the hours total to the trustees (there's a formula on the 'Summary' tab, so you only need to copy the number).\n\n"
     "The hardest part is December. Sign-ups double but so does demand. Start planning in early November. Good luck!"),
    ("Summarise the main argument of this opinion piece in a few sentences, and say whether the writer gives any evidence.\n\n"
     "Let's bring back the four-day school week for teachers, not pupils\n\n"
     "Every year, thousands of teachers leave the profession within five years of qualifying. Exit surveys always give the same reason: workload. The hours spent planning lessons, marking books and filling in data sheets spill into evenings and weekends until there is nothing left.\n\n"
     "Here is a modest proposal. Keep the school week at five days for children, but give every teacher one day a week away from the classroom for planning and marking, with the extra lessons covered by a larger team of staff. In a typical secondary school, that would mean hiring around one extra teacher for every five already employed.\n\n"
     "Yes, that costs money, and lots of it. But so does our current approach. Schools spend large sums on agency supply staff to cover vacancies, and every teacher who quits takes years of expensive training with them. A pilot in a group of schools in the north-west last year found that staff sickness fell by a fifth when teachers were given a protected planning day, and that recruiting became noticeably easier.\n\n"
     "Teaching is a job that demands energy and creativity. We are asking people to do it while exhausted. If we want children to have good teachers, we first have to make it possible to stay one."),
    ("can you boil this down to the main point, it's from our HOA newsletter\n\n"
     "A note about the pond\n\n"
     "Many of you have noticed the green scum on the pond by the north entrance this summer. We have had a lot of questions, so here is what's going on.\n\n"
     "The scum is a type of algae that grows quickly when the water is warm, shallow and full of nutrients. The main source of those nutrients is lawn fertiliser, which washes off gardens and into the storm drains that feed the pond. Goose droppings and grass clippings add to the problem.\n\n"
     "The algae itself is mostly harmless to people, but some kinds can produce toxins that are dangerous to dogs. Until we know more, please keep pets out of the water and don't let children paddle.\n\n"
     "The board has approved three steps. First, a contractor will install a fountain aerator in September, which moves the water and adds oxygen. Second, we will plant a strip of native grasses and reeds around the edge to soak up nutrients before they reach the water. Third, we are asking every household to use phosphate-free fertiliser, or none at all, and to keep grass clippings off the pavement.\n\n"
     "The total cost is about $6,400, which will come from the reserve fund, not from a special assessment.\n\n"
     "It may take a couple of summers before the pond is clear again. Thank you for your patience and for helping."),
    ("Summarize this customer review in one line for our product team.\n\n"
     "I've had the Halvard cordless vacuum for about four months, so I think it's fair to write a proper review now. Short version: I like it a lot, with two real complaints.\n\n"
     "The good: it's light enough that I actually use it every day instead of once a week, and the suction on carpets is better than my old corded one. The dust bin empties with one button, and the hair doesn't wrap round the brush roll the way it did on my last vacuum, which matters when you share a house with a husky. The crevice tool clips onto the handle so you don't lose it.\n\n"
     "The bad: the battery. The box says up to 50 minutes, but that's on the lowest setting with no motorised head. On carpets on the normal setting I get about 18 minutes, which is just enough for my downstairs. A spare battery costs £89, which feels steep.\n\n"
     "The second problem is the wall charger. The plug is positioned so that the vacuum sticks out from the wall at an angle, and I've knocked it off twice walking past. One of those times it cracked the bin.\n\n"
     "Customer service were helpful and sent a new bin within a week, no questions asked.\n\n"
     "Would I buy it again? Yes, but I'd want the battery life to be honest on the box. Four stars."),
    ("Read this and tell me in a short paragraph what changed in the policy and who it affects.\n\n"
     "Update to our returns policy\n\n"
     "From 1 February, we are making some changes to how returns work at Brightwell Home. We want to explain them clearly, because we know returns matter when you buy furniture online.\n\n"
     "You will still have 30 days from delivery to return most items for a full refund. What's changing is the cost of collection for large items. Until now, we collected sofas, beds, wardrobes and other large furniture free of charge. From 1 February, a collection fee of £39 will be taken from your refund for these items, unless the item arrived damaged or faulty. Small items that fit in a parcel can still be returned free through any Parcelpoint drop-off.\n\n"
     "We're making this change because the number of large returns has tripled in two years, and the cost of sending a two-person van is now over £110 per collection. We'd rather not put up our prices for everyone.\n\n"
     "To help you choose the right piece first time, we have added fabric swatches, which are free to order, and room measuring guides to every product page. Members of our Brightwell Club will keep free collections on their first return each year.\n\n"
     "Orders placed before 1 February will be covered by the old policy, even if you return them after that date."),
    ("summarize this for me in 3 bullets, it's the intro to a chapter i have to read\n\n"
     "Before the invention of the mechanical clock, most people in Europe did not need to know the time to the minute. Days were divided by the sun, by church bells that rang at the canonical hours, and by the rhythm of work on the land. An hour in summer was longer than an hour in winter, because daylight was simply divided into twelve parts, however long it lasted.\n\n"
     "Mechanical clocks, which appeared in the late 13th century, changed this slowly. The first ones had no faces and no hands. They were big iron machines in church towers that struck a bell, and they were not very accurate, often drifting by fifteen minutes or more a day. But they counted equal hours, day and night, summer and winter.\n\n"
     "Over the next few centuries, town clocks became a matter of civic pride. Merchants began to use them to set the opening of markets and the length of the working day. Historians have argued that this helped create a new attitude to time, as something to be measured, saved and spent, rather than simply lived through.\n\n"
     "This chapter traces how that attitude spread, from monasteries and market towns to factories and railways, and asks what was lost as well as gained when the clock, not the sun, began to govern daily life."),
    ("What's the bottom line here? Is the clinic open or not?\n\n"
     "Important information for patients of Elmfield Surgery\n\n"
     "Elmfield Surgery will be closed for refurbishment from Monday 7 April to Friday 25 April. During this time we are replacing the heating system, making the building fully accessible for wheelchair users and adding two new consulting rooms.\n\n"
     "You will still be able to see a doctor or nurse. All appointments during the closure will take place at our sister practice, Brook Lane Medical Centre, 1.2 miles away at 48 Brook Lane. There is free parking on site, and the 22 bus stops outside. If you cannot get there, please tell us when you book and we will arrange a phone or video appointment, or a home visit if you are housebound.\n\n"
     "The phone number and online booking system will not change. Repeat prescriptions can be ordered as usual, but they will be sent to your chosen pharmacy rather than collected from reception.\n\n"
     "Blood tests and baby clinics will run at Brook Lane on their usual days. Travel vaccinations will be paused during the closure, so if you are travelling in April or May, please contact us this week.\n\n"
     "We apologise for any inconvenience and look forward to welcoming you back to a better building on Monday 28 April."),
    ("Can you give me a quick summary of what happens in this passage? I'm writing a book report and got lost.\n\n"
     "The market at Sarrow opened an hour before dawn, and by the time Ilse arrived with the goat, every good pitch was taken. She found a gap between a man selling pots and an old woman with a basket of eels, and tied the goat to a post.\n\n"
     "Her mother had been clear. Twelve silver at least. Not a copper under. The goat, whose name was Marta, had been the family's since before Ilse was born, but the roof needed mending before the rains and there was nothing else to sell.\n\n"
     "All morning people stopped, looked at Marta's grey muzzle and stiff legs, and walked on. A butcher offered four silver and laughed when Ilse refused. By noon her feet ached, and the eel woman had shared half a loaf with her out of pity.\n\n"
     "It was nearly dusk when the stranger came: a tall woman in a travelling cloak, with a scar across one eyebrow. She crouched down, scratched Marta behind the ears, and looked at Ilse for a long moment.\n\n"
     "\"I'll give you twenty silver,\" she said, \"if you'll come with her.\"\n\n"
     "Ilse stared. \"Come where?\"\n\n"
     "\"Up the mountain,\" said the woman. \"I need a goat that knows the old paths, and a girl who doesn't give up by noon.\""),
    ("One paragraph for my director, please. Focus on cost and risk.\n\n"
     "Incident summary: payment page outage, Saturday 12 July\n\n"
     "At 10:42 on Saturday, customers began reporting that the checkout page was failing with an error after they entered their card details. Monitoring alerts fired at 10:47 and the on-call engineer, Farid, began investigating at 10:52.\n\n"
     "The cause was an expired security certificate on the connection between our servers and the payment provider. The certificate had been set to renew automatically, but the renewal failed in June because of a permissions change, and the warning emails went to the mailbox of an engineer who left the company in May.\n\n"
     "A new certificate was installed and checkout was working again at 12:16. The outage lasted 94 minutes during our busiest period of the week. Based on normal Saturday traffic, we estimate around 1,150 orders were lost, worth about £48,000 in sales. No card data was exposed and no customers were charged for failed orders.\n\n"
     "Actions agreed: all certificate warnings now go to a shared team mailbox rather than individuals (done). We will add a dashboard check that flags any certificate expiring within 30 days (Farid, by 25 July). We will audit every other automatic renewal for the same permissions problem (Priya, by 1 August). Customers who contacted support will receive a 10% discount code."),
    ("i need the action items only, no fluff\n\n"
     "Hey everyone, thanks for a great planning call today! Here's a recap so we're all on the same page for the Lakeside reunion.\n\n"
     "We agreed on the weekend of 16–17 August at Pine Hollow campground. Jules already has the group site booked for 40 people and paid the £200 deposit, so please send her your £25 per adult by the end of June. Kids are free.\n\n"
     "Food: Saturday night is a barbecue. Marco is in charge of the meat and veggie burgers and will do a big shop on the Friday. Everyone else, please bring one side dish or dessert, and add what you're bringing to the shared list so we don't end up with six potato salads again.\n\n"
     "Activities: Ana will bring the kayaks and is happy to run a beginner session on Saturday morning. Dad wants to do the quiz again on Saturday night and needs someone to help write questions, any volunteers?\n\n"
     "Sleeping: it's tents only, no cabins. If you need to borrow a tent, tell Tom, he has three spare.\n\n"
     "Finally, please let me know about any allergies by 1 August, especially nuts, because two of the little ones are allergic.\n\n"
     "Can't wait to see you all!\nRosa"),
    ("Please summarize this abstract in plain English for a general newsletter.\n\n"
     "Urban trees are widely promoted as a way to reduce summer heat in cities, but most estimates of their cooling effect come from satellite measurements of surface temperature, which do not capture the air temperature that people actually experience. In this study, we installed 210 low-cost air temperature sensors on lamp posts across a mid-sized European city and recorded readings every ten minutes over three summers.\n\n"
     "We compared streets with different amounts of tree canopy, while controlling for building height, street width, traffic and distance from the city centre. On hot afternoons, streets with at least 40 per cent canopy cover were on average 1.8 degrees Celsius cooler than comparable streets with little or none. The effect was strongest in narrow residential streets and weakest on wide roads, where trees covered a smaller share of the space.\n\n"
     "Cooling increased sharply once canopy cover passed about 30 per cent, suggesting that scattering a few trees along a street gives much less benefit than planting enough to form a continuous canopy. At night, the effect was smaller and in some streets reversed, as dense canopy trapped heat released from buildings and pavements.\n\n"
     "Our findings support tree planting as a heat adaptation measure, but suggest that planners should concentrate trees in a smaller number of streets rather than spreading them thinly."),
    ("My grandma wrote this about her childhood and wants me to put a short summary at the front of the family album. Can you help?\n\n"
     "I was born in 1949 in a flat above my father's shoe repair shop on Canal Street. The smell of leather and glue is the first thing I remember, and I still can't walk past a cobbler's without stopping.\n\n"
     "There were five of us children in two bedrooms, and the toilet was in the yard, shared with the family next door. We didn't think we were poor, because everyone we knew lived the same way. On Saturdays my mother gave us a penny each, and we'd spend an hour deciding between sherbet and liquorice.\n\n"
     "My father was a quiet man who had been a prisoner of war. He never talked about it, but he would sing while he worked, old songs from before the war, and customers would stand in the doorway to listen.\n\n"
     "When I was eleven I passed the exam for the grammar school, the first in our family to go. The uniform cost more than my father earned in a month. He worked every evening for weeks, mending shoes for the whole street, to pay for it. I didn't understand until much later what that meant.\n\n"
     "I became a teacher, and taught for thirty-four years. I hope, in my own way, I made things for people that lasted, like he did."),
    ("Tell me in two or three sentences what this notice wants me to do.\n\n"
     "Annual gas safety check — access required\n\n"
     "Dear Resident,\n\n"
     "As your landlord, Greystone Housing Association is required by law to carry out a gas safety check on every gas appliance in your home once a year. Your check is now due. The engineer will inspect your boiler, cooker and any gas fires, test for leaks and make sure the flues are working properly. The visit usually takes about 45 minutes and is free.\n\n"
     "We have booked an appointment for Thursday 19 September between 8 am and 12 noon. If this time does not suit you, please call us on the number below before 12 September to rearrange. We can offer evening and Saturday morning appointments.\n\n"
     "Please make sure the engineer can reach your boiler and gas meter, and that pets are kept in another room during the visit. The engineer will carry photo ID. Do not let anyone in who cannot show it.\n\n"
     "If we cannot get access after three attempts, we may have to apply to court for permission to enter, and you could be charged the legal costs. We really don't want to do this, so please get in touch if there is any difficulty.\n\n"
     "If you ever smell gas, do not use light switches, open the windows and call the National Gas Emergency number straight away.\n\n"
     "Yours faithfully,\nCompliance Team"),
    ("Explain this like I'm 10, it's for my little brother's science project.\n\n"
     "Tardigrades, also called water bears, are tiny animals about half a millimetre long, with eight stubby legs and claws. They live almost everywhere: in moss, lichen, leaf litter, the sea, and even on mountains and in Antarctic ice. Over 1,300 species have been described.\n\n"
     "They are famous for surviving conditions that would kill almost any other animal. When their surroundings dry out, many tardigrades pull in their legs, curl into a shape called a tun and lose nearly all the water in their bodies. Their metabolism slows to less than a hundredth of normal, and in this state they can survive for years.\n\n"
     "In laboratory tests, tuns have survived being heated to 150 degrees Celsius for a few minutes, cooled to nearly absolute zero, and exposed to radiation hundreds of times stronger than the dose that would kill a human. In 2007, tardigrades were sent into space on the outside of a satellite, and some survived ten days in the vacuum of space and came back to life when they were rehydrated.\n\n"
     "Scientists think special proteins help. Some form a glass-like gel inside the cells that protects delicate parts while they are dry, and another seems to shield their DNA from damage. Researchers hope these proteins might one day help store vaccines without needing a fridge."),
    ("Summarise in 3 bullet points: what's happening, why, and when.\n\n"
     "GREYSTOKE — The town's only cinema, the Regal, will close on 30 November after 92 years, its owners announced on Monday, but a group of residents is already trying to save it.\n\n"
     "Owners Philip and June Hartigan, who have run the single-screen cinema since 1988, said they had decided to retire and could not find a buyer. Audiences have fallen by about a third since 2019, and they said the cost of replacing the digital projector, which is reaching the end of its life, would be around £70,000.\n\n"
     "\"We've had a wonderful time, but we're both in our seventies and it's time,\" said Mrs Hartigan. \"We'd love nothing more than for someone to carry it on.\"\n\n"
     "Within hours of the announcement, a Facebook group called Save the Regal had more than 2,000 members. Its founder, local teacher Kofi Mensah, said the group hoped to set up a community benefit society, in which residents would buy shares to purchase the building and run it as a non-profit cinema and arts venue.\n\n"
     "Similar schemes have saved cinemas in several other small towns. The Hartigans have said they would give the community group until the end of February to raise the money before putting the building on the open market.\n\n"
     "The final film at the Regal will be It's a Wonderful Life, shown on 30 November at 7 pm."),
    ("tl;dr of this email thread pls, i was on holiday\n\n"
     "From: Gareth\nThe client wants to move the launch of the new website from 3 March to 17 February because of a trade show. Is that possible?\n\n"
     "From: Noor\nNot with everything in scope. The booking system integration still needs two weeks of testing. We could launch the main site on the 17th without online booking, and add booking on 3 March as planned.\n\n"
     "From: Gareth\nI've asked them. They're OK with that, as long as the homepage has a 'book by phone' banner until booking goes live.\n\n"
     "From: Sam\nDesign can do the banner by Friday. But the photos from their shoot still haven't arrived, and we can't finish the team page without them. Placeholders?\n\n"
     "From: Noor\nLet's launch without the team page on the 17th. It's not linked from the main menu anyway.\n\n"
     "From: Gareth\nAgreed. I'll tell the client the team page and booking both come on 3 March, and I'll chase them for the photos again. Also, they've asked for a quote for a Welsh-language version. Noor, can you estimate?\n\n"
     "From: Noor\nRough guess is eight days of work plus translation costs, which they'd need to arrange. I'll send a proper estimate by Wednesday.\n\n"
     "From: Sam\nBanner is done and in the staging site."),
    ("Summarize this workplace announcement in one sentence, then list anything I need to do.\n\n"
     "Subject: New hybrid working pattern from 1 March\n\n"
     "Dear colleagues,\n\n"
     "Following the staff survey in the autumn and several months of discussion with team leads, we are introducing a new hybrid working pattern across the organisation from 1 March.\n\n"
     "Everyone whose role allows it will be expected in the office on two fixed 'anchor days' each week, Tuesday and Thursday. These are the days when team meetings, training sessions and client visits should be scheduled. For the rest of the week, you may choose to work from home or from the office, as suits you and your team.\n\n"
     "We know the survey showed mixed feelings. About half of you wanted more flexibility, while many newer staff told us they felt isolated and were learning less from colleagues. Anchor days are our attempt to give both groups what they asked for.\n\n"
     "Because fewer people will be in on Mondays and Fridays, we will close the third floor on those days to save heating and cleaning costs. Desks on the first and second floors will move to a booking system; please use the new Deskfinder app to reserve one at least a day ahead.\n\n"
     "If you have caring responsibilities, a disability or another reason the anchor days don't work for you, please speak to your manager or HR before 14 February. Requests will be treated sympathetically.\n\n"
     "Thank you,\nAmara Quinn\nChief Operating Officer"),
    ("Can you summarize the plot of The Count of Monte Cristo without spoiling the ending?"),
    ("give me a short rundown of how the Apollo 13 mission went wrong and how they got the crew home"),
    ("What's the basic idea of the tragedy of the commons? Summarise it in a paragraph."),
    ("Summarize the film Spirited Away in about five sentences for someone who has never seen it."),
    ("Can you give me a quick summary of the book Frankenstein, the actual novel and not the movies?"),
    ("sum up the main argument of Adam Smith's The Wealth of Nations in a few bullet points"),
    ("I'm about to watch Rear Window with friends. Give me a two-sentence setup of the premise, no spoilers."),
]


MULTI = [
    ("I just adopted a rescue greyhound and she won't go up the stairs.",
     "That's really common with retired racing greyhounds, since many have never seen stairs before. Does she seem scared, or does she just not know how to move her legs on them?",
     ["she freezes at the bottom and shakes",
      "Should I carry her up at night for now?",
      "How long does it usually take them to learn?"]),
    ("I'm trying to cut down on sugar but I drink like three sodas a day.",
     "Three a day is a lot of sugar, so even cutting one makes a real difference. Is it the caffeine, the fizz or the sweetness you'd miss most?",
     ["honestly the fizz, I like something cold and bubbly",
      "Are diet sodas actually any better?",
      "Will I get headaches if I stop all at once?"]),
    ("My phone storage is full and I can't even take a photo anymore.",
     "That's frustrating, but there's usually a lot you can clear without losing anything important. Is it an iPhone or an Android phone?",
     ["iPhone 12, 64 GB",
      "What's taking up all the space in 'Other' or 'System Data'?",
      "If I upload my photos to the cloud, can I delete them from the phone safely?"]),
    ("I want to bake sourdough but I don't have a starter.",
     "You can make one from just flour and water, and it takes about a week of daily feeding to get going. Do you have whole wheat or rye flour on hand? It helps a new starter get active faster.",
     ["I only have all-purpose flour",
      "How do I know when it's ready to bake with?",
      "What do I do with the discard so I'm not wasting flour?"]),
    ("i want to learn japanese before a trip to tokyo in 6 months",
     "Six months is enough to get comfortable with basic phrases and to read hiragana and katakana. Are you mostly hoping to get around and order food, or do you want to hold real conversations?",
     ["mostly getting around and being polite",
      "Should I bother learning kanji?",
      "What's a realistic daily study routine if I work full time?"]),
    ("My best friend asked me to be maid of honor and I have to give a toast at the reception.",
     "Congratulations, that's an honor! A good toast is short, two to four minutes, and built around one or two stories that show who she is. How long have you two known each other?",
     ["since we were 7, we grew up next door",
      "How do I include the groom without it feeling forced?",
      "Is it okay to read it off my phone?"]),
    ("I run a small food truck and my sales drop off a lot in winter.",
     "That's a common pattern for trucks in colder areas. Do you stay open through winter, or have you thought about catering or indoor events during those months?",
     ["we stay open but only do lunch now",
      "How do I pitch catering to local offices?",
      "Would a seasonal winter menu actually help?"]),
    ("My knees hurt when I do squats.",
     "Knee pain during squats is often about form, depth or load, though it's worth seeing a doctor if it's sharp or swollen. Is it more of a dull ache, or a sharp pain at a certain point in the movement?",
     ["dull ache at the bottom of the squat",
      "Would box squats be easier on my knees?",
      "Should I stop squatting completely for a while?"]),
    ("Our HOA sent a letter saying our fence is two inches too tall.",
     "That sounds annoying, but it's usually something you can resolve without much drama. Did the letter give you a deadline or mention a fine?",
     ["30 days to fix it or a $100 fine",
      "Can I ask for a variance instead of cutting it down?",
      "How do I write a polite reply to the board?"]),
    ("I want to start a podcast with my college roommate about old video games.",
     "That sounds like a fun niche with a loyal audience. Will you record in the same room, or remotely from different cities?",
     ["remotely, he lives in Texas and I'm in Ohio",
      "What microphones are decent without spending a fortune?",
      "How long should each episode be?"]),
    ("My cast iron skillet has rust spots on it.",
     "Good news, rusty cast iron is almost always saveable. Is it just a few spots, or is the whole surface looking orange?",
     ["just a few spots near the handle",
      "What oil is best for re-seasoning?",
      "Can I put it in the dishwasher after I fix it?"]),
    ("I'm going to Iceland in March. What should I pack?",
     "March in Iceland is cold, windy and wet, so layers and a good waterproof shell matter more than one heavy coat. Are you planning to hike or mostly do road trips and tours?",
     ["mostly the Ring Road with short hikes",
      "Do I need crampons or microspikes?",
      "What are my chances of seeing the northern lights?"]),
    ("can you help me write a complaint to my landlord about the heating",
     "Sure. A short, factual letter with dates usually works best, and keeping a copy helps if it drags on. How long has the heating been broken?",
     ["about two weeks, and I told him by text twice",
      "Should I mention that I might withhold rent?",
      "Can you make it firm but not rude?"]),
    ("My daughter wants to quit piano after four years of lessons.",
     "That's a hard call, and a lot of parents go back and forth on it. Does she seem burnt out on piano itself, or more on the lessons and practicing?",
     ["I think she's bored of the classical pieces",
      "Would switching teachers help?",
      "Is it bad to let kids quit things?"]),
    ("I'm a nurse switching to night shifts and I can't sleep during the day.",
     "Day sleep is tough at first because your body clock is fighting you. What does your bedroom setup look like, is it dark and quiet during the day?",
     ["not really, the sun comes through the blinds",
      "Is melatonin safe to take every day?",
      "What should I eat during a 12 hour night shift?"]),
    ("I want to build a simple website for my photography.",
     "That's very doable without coding. Do you want mainly a portfolio gallery, or do you also want to sell prints or take bookings?",
     ["mostly a gallery plus a contact form",
      "Is Squarespace worth it compared to WordPress?",
      "Should I buy my own domain name?"]),
    ("I keep killing my houseplants.",
     "You're not alone, and the most common cause is actually overwatering rather than neglect. What plants do you have, and how often do you water them?",
     ["a pothos and a fiddle leaf fig, about every three days",
      "What's a plant that's really hard to kill?",
      "How do I tell if the soil is dry enough to water?"]),
    ("I need to memorize a 10 minute speech for a competition.",
     "Ten minutes is a lot, so it helps to learn it in sections instead of word for word from the top. Is the speech already written?",
     ["yes it's done, I just can't remember it",
      "Is it okay to use note cards?",
      "How do I stop speeding up when I'm nervous?"]),
    ("I sell handmade candles and want to get into a local boutique.",
     "Boutiques are a great step, and many love local makers. Are you thinking wholesale, where they buy your candles upfront, or consignment, where you get paid when they sell?",
     ["I don't know the difference really",
      "What wholesale price should I give them?",
      "What should I bring when I walk in to pitch?"]),
    ("my car makes a loud whine that gets higher when I turn the steering wheel",
     "A whine when turning is often a sign of low power steering fluid or a struggling pump. Is the steering also feeling heavier than usual?",
     ["a little heavier, especially when parking",
      "Is it safe to keep driving it?",
      "How do I check the power steering fluid level?"]),
    ("I'm writing my first novel and I'm stuck in the middle.",
     "The saggy middle is where a lot of first drafts stall. Do you know how the book ends, or are you figuring it out as you go?",
     ["I know the ending, I just don't know how to get there",
      "Should I skip ahead and write the ending first?",
      "How do I add tension without just adding more fights?"]),
    ("I want to make a budget, I've never had one.",
     "Starting is the hardest part. A simple first step is to look at the last month of spending and sort it into a few buckets. Do you get paid weekly, biweekly or monthly?",
     ["every two weeks",
      "Is the 50/30/20 rule any good?",
      "Should I use an app or just a spreadsheet?"]),
    ("I think my cat is bored. She's indoors only.",
     "Indoor cats often need more play than people expect. How much time do you spend actively playing with her each day?",
     ["maybe 5 minutes, if that",
      "Would getting a second cat help?",
      "Are puzzle feeders worth it?"]),
    ("I'm planning a camping trip with friends, none of us has camped before.",
     "Fun! For a first trip, a drive-up campground with bathrooms and water makes everything easier. Do you already have tents and sleeping bags?",
     "we have one tent, nothing else",
     "Then I'd borrow or rent the rest before buying anything, since you'll learn a lot about what you like on the first trip. How many people are going, and for how many nights?",
     ["five people, two nights",
      "What food is easy to cook over a fire?",
      "How cold is too cold for a cheap sleeping bag?"]),
    ("I want to start running but I'm overweight and get out of breath fast.",
     "Starting with walk-run intervals is the most common way to build up without getting hurt. Can you walk briskly for 30 minutes right now?",
     "yes, I walk my dog about that much every day",
     "That's a great base. You could start with one minute of easy jogging and two minutes of walking, repeated for 20 to 30 minutes, three times a week. Do you have running shoes?",
     ["just old sneakers",
      "Is it normal for my shins to hurt?",
      "How fast should I be going when I jog?"]),
    ("My Excel sheet has names as 'Last, First' and I need them as 'First Last'.",
     "That's easy to fix with a formula or with Flash Fill. Are all the names in one column, like column A?",
     "yeah column A, about 800 rows",
     "Then in B2 you can type the first one manually, like 'Jane Smith', then press Ctrl+E and Flash Fill will usually do the rest. Do some names have middle names or suffixes like Jr.?",
     ["a few have middle initials",
      "Can you give me a formula instead in case Flash Fill messes up?",
      "How do I replace the original column with the new one?"]),
    ("i want to cook a nice dinner for my girlfriend's birthday",
     "That's sweet. Does she have any favorite foods, or anything she doesn't eat?",
     "she loves italian and doesn't eat mushrooms",
     "Great, Italian gives you lots of options. How comfortable are you in the kitchen, like have you made pasta sauces from scratch before?",
     ["not really, I mostly make eggs and frozen stuff",
      "What's a dessert I can make the day before?",
      "Can you give me a timeline so everything is ready at the same time?"]),
    ("I'm moving to Berlin for work and don't speak German.",
     "Berlin is one of the easier German cities to start in, since a lot of people speak English. Have you sorted out housing yet?",
     "no, my company gave me a month in a temporary flat",
     "That helps. The apartment hunt there can be competitive, so having your documents ready makes a big difference. Do you know what the Anmeldung is?",
     ["no, what is it?",
      "What documents do landlords usually ask for?",
      "Should I take a German class right away or wait until I settle in?"]),
    ("Can you help me with a cover letter? I'm applying to be a library assistant.",
     "Happy to. What's your background, and have you worked in a library or with the public before?",
     "I worked retail for 5 years and volunteered at my kid's school library",
     "That's a strong combination: customer service plus real library experience. Do you have the job posting, so we can match your skills to what they're asking for?",
     ["they want someone organized who's good with kids and computers",
      "How long should the letter be?",
      "Should I explain why I'm leaving retail?"]),
    ("I'm thinking about getting solar panels on my house.",
     "It can be a great investment, depending on your roof, your electricity use and local incentives. Roughly how much is your monthly electric bill?",
     "around $180, more in summer",
     "That's high enough that solar could pay off in a reasonable time. Which way does your roof face, and is it shaded by trees?",
     ["mostly south, with one big oak on the west side",
      "Should I buy the panels or lease them?",
      "Do I need a battery too?"]),
]


def build(seed: int = 2037):
    return free_form(sys.modules[__name__], random.Random(seed), "vb", 0.3, 0.25, 40)


if __name__ == "__main__":
    main(build, DEFAULT_OUT)
