"""A tenth pool of varied distillation prompts: three times the multi-turn chats of the pools
before it, general questions that want facts, advice or a comparison, code, summaries of long
pasted passages, and new lists, writing, how-to and math.

After the ninth pool, multi-turn chat was the one varied domain whose k = 4 acceptance fell
(2.012 to 1.953), and general questions, the held-out set's largest domain (28 prompts), stayed
below 1.8 (1.786). So this pool has 45 chats (ten with two exchanges before the follow-up) that
close into 135 rows, 250 questions that want facts or how and why something works, 150 that want
advice or a comparison, 110 code prompts, 40 summaries (34 of pasted passages of 220-290 words),
60 writing requests, 40 lists, 40 how-to and 40 math from 20 new forms.

Its ids start ``vd-``, so the answers distilled for the earlier pools stay valid. Every prompt was
scanned for exact and near (word-overlap) matches with the earlier pools and the held-out sets;
``training/tests/test_recipes.py`` checks that none is shared.

    python -m training.varied_tenth   # writes training/data/prompts-varied-tenth-train.jsonl
"""
from __future__ import annotations

import os
import random
import sys

from .varied import HERE, free_form, main, word_problems
from .varied_sixth import HOWTO_LEADS, MATH_NAMES  # the same leads and names as the sixth pool

DEFAULT_OUT = os.path.join(HERE, "data", "prompts-varied-tenth-train.jsonl")

GENERAL_FACTS = [
    "My son's football coach cracked an instant cold pack on his sprained wrist and it went icy in seconds, with no fridge anywhere. How does that work?",
    "Why does a can of Diet Coke float in a cooler of water when a regular Coke sinks?",
    "I dropped ice into a glass of warm lemonade and the cubes cracked loudly the moment they hit it. What's going on there?",
    "why do old light bulbs always blow right when you switch them on",
    "What's the difference between a fuse and a circuit breaker?",
    "How do photochromic glasses go dark outside and clear again indoors?",
    "I was wearing polarised sunglasses in the car and saw weird rainbow patches on the back window. Why does that happen?",
    "found my old mood ring from the 90s in a drawer and it still changes colour when i hold it. how does that actually work",
    "why does a glass of water left by the bed overnight get little bubbles on the inside",
    "Is it true toast lands butter side down more often than not, and if so, why?",
    "Why do some plastics turn white when you bend them?",
    "Why does a drop of food colouring swirl through hot water so much faster than through cold?",
    "We did sparklers at my son's birthday and the sparks landed on my hand without burning me. How come they don't hurt?",
    "What's the deal with Guinness bubbles looking like they sink instead of rise?",
    "The dry ice at a Halloween party didn't melt into a puddle, it just turned into fog. Why doesn't it go liquid first?",
    "How does a self-heating can of coffee warm up without any flame or battery?",
    "why does the pool make your eyes sting, is it really the chlorine",
    "Our landlord keeps reminding us to leave the heating on low over the holidays so the pipes don't freeze and burst. Why does freezing burst a pipe? Isn't ice just water?",
    "What makes a diamond so hard?",
    "Why is water great for putting out a wood fire but dangerous on an oil fire?",
    "i got a paper cut from an envelope this morning and it's still stinging hours later. why do such tiny cuts hurt more than big scrapes",
    "What's a slipped disc? Does the disc actually slip out of place?",
    "why do people get red eyes in flash photos",
    "What's the difference between a tendon and a ligament?",
    "why does my pee go neon yellow after i take a multivitamin",
    "Why can't humans make their own vitamin C when dogs and cats can?",
    "My newborn nephew has a soft spot on top of his head and I'm scared to touch it. Why do babies have that, and when does it close?",
    "Our daughter was born with dark blue eyes and the midwife said they might change over the first year. Why are so many babies born with blue eyes?",
    "What is an ECG actually picking up from those stickers on your chest?",
    "What's the difference between a food allergy and a food intolerance?",
    "I've never played tennis in my life, but my physio says the pain on the outside of my elbow is tennis elbow. What is it, and how did I get it?",
    "My grandad wears a jumper in July and says he feels the cold more every year. Why do older people feel colder?",
    "My dad's having a hernia repaired next week and I realised I don't really know what a hernia is. Can you explain it simply?",
    "Why do some people faint when they see blood or a needle?",
    "how come little kids get like ten colds a year and adults hardly any",
    "What do the different types of white blood cells actually do?",
    "i lost my voice completely after a weekend of cheering at a volleyball tournament. what's actually happening to my vocal cords",
    "Is it true that the body replaces all its cells every seven years?",
    "A couple of my back teeth zing with pain whenever I drink cold water. Why are some teeth so sensitive to cold?",
    "How does a honeybee colony keep itself alive through a cold winter?",
    "On holiday in Malaysia I saw fish hopping about on the mud at low tide. How do mudskippers breathe out of water?",
    "I saw an archerfish at the aquarium spit water and knock a cricket off a leaf. How does it aim so well from under the water?",
    "is it true there's a jellyfish that can basically live forever",
    "How do naked mole rats almost never get cancer?",
    "how come crabs walk sideways",
    "There are bats roosting in our barn, hanging upside down all day. Why doesn't the blood rush to their heads?",
    "How does a strangler fig end up killing the tree it grows on?",
    "Why do ferns use spores instead of seeds?",
    "I read that trees can share sugar and send warnings to each other through fungi in the soil. Is the \"wood wide web\" real, or overhyped?",
    "My toddler brushed against some nettles on a walk and came up in little white bumps. What is it in a nettle that stings?",
    "How do dandelion seeds float so far on the wind?",
    "Our oak tree dropped thousands of acorns this autumn but barely any last year. Why do trees have these boom years?",
    "The botanic garden near us says its corpse flower is about to bloom, and people queue for hours to smell it. Why does it stink of rotting meat, and why does it flower so rarely?",
    "i heard kangaroos can pause a pregnancy, is that right",
    "why do goats have those weird rectangle pupils",
    "How does a starfish regrow a lost arm?",
    "ELI5: why are giant pandas black and white?",
    "Every winter evening thousands of crows gather in the trees by our train station and make a racket. Why do they roost together like that?",
    "how do wombats poop cubes, that can't be real",
    "How does an Arctic fox's coat change colour with the seasons?",
    "What's a Lagrange point, and why do they park telescopes there?",
    "why don't the planets ever crash into each other",
    "I watched astronauts come home from the space station on a live stream. How does the capsule survive re-entry and land safely?",
    "How much space junk is orbiting Earth, and is it dangerous?",
    "Why does the Moon have so many more craters than Earth?",
    "Is there actually water ice on the Moon, and where?",
    "why can you sometimes see the moon in the daytime",
    "What exactly are sunspots on the Sun?",
    "Why is Olympus Mons on Mars so much taller than Everest?",
    "My daughter's science book says the Earth is 4.5 billion years old. How did scientists work that out?",
    "Our satellite dish hasn't moved in ten years and still gets a signal. What's a geostationary orbit, and why do TV satellites use it?",
    "Why do scientists get so excited about Saturn's moon Titan?",
    "My son asked me how far away the nearest star is and how long it would take to get there. What's the answer?",
    "I always use incognito mode thinking nobody can see what I'm browsing. Is it the same as a VPN?",
    "how does shazam figure out a song from like five seconds of it playing in a noisy bar",
    "My router shows two networks, one ending in 2.4G and one in 5G. What's the actual difference between them?",
    "I saw a ship laying internet cable on the news. How do they lay cables across the ocean floor, and how do they fix them?",
    "How does zipping a file make it smaller?",
    "Why does a JPEG get blurrier each time you edit and save it?",
    "How does a smart speaker hear its wake word without recording everything?",
    "How does a robot vacuum figure out the layout of a room?",
    "A website I use got hacked, but they said passwords were \"hashed and salted\". What does that mean, and am I safe?",
    "My dad keeps telling stories about dial-up internet and that screeching noise. What was the modem actually doing?",
    "My dad was a programmer in 1999 and worked late every night that December on the Y2K bug. Was it a real threat, or was it all overblown?",
    "How does a calculator work out square roots?",
    "What does a graphics card do, and why do games need a good one?",
    "ELI5 what a CDN is and why big websites use one",
    "i drove past a huge windowless building and my friend said it was a data centre. what's actually inside those",
    "I'm reading a novel set on the Swahili coast. What was Kilwa Kisiwani, and why was it so rich?",
    "Who were the women soldiers of Dahomey that the film The Woman King is based on?",
    "Why was Ethiopia's victory at Adwa in 1896 such a big deal?",
    "Who was Queen Amina of Zazzau?",
    "what are the timbuktu manuscripts and how were they saved",
    "Why were the rock churches of Lalibela carved down into the ground?",
    "Who was Akhenaten, and why did he try to change Egypt's religion?",
    "Who was Afonso I of Kongo, and why did he write letters to the King of Portugal?",
    "My history teacher mentioned the Battle of Isandlwana as a huge shock for the British. What happened there?",
    "who was tipu sultan and why is he called the tiger of mysore",
    "Who was Maharaja Ranjit Singh?",
    "What was the Vijayanagara Empire, and what's left of Hampi today?",
    "We visited the Mogao caves at Dunhuang last year. Who painted them, and how did so many old manuscripts end up in Europe?",
    "who was lapu-lapu, i saw his statue in cebu",
    "I've been playing a video game set in Japan's Sengoku period. What was actually going on in Japan at that time?",
    "Did the Hundred Years' War really last 100 years?",
    "What was the Dreyfus Affair, and why did it split France?",
    "Who was Catherine de' Medici?",
    "was vlad the impaler actually the real dracula",
    "Who was Jan Hus, and why was he burned at Constance?",
    "I heard some of Hildegard of Bingen's music on the radio. Who was she? She seems to have done everything.",
    "What did the Emperor Justinian do that was so important?",
    "My great-great-grandfather's medal from the Crimean War sits in a box at my mum's house. What was that war actually about?",
    "Who were the Minoans, and what happened to them?",
    "We're spending a week in Granada and everyone keeps mentioning 1492 and the Alhambra. Can you explain what the Reconquista was?",
    "What was the Battle of Lepanto, and why was it such a big deal?",
    "was ivan the terrible actually terrible or is that a bad translation",
    "What was the Velvet Revolution in Czechoslovakia?",
    "What was the Polish-Lithuanian Commonwealth?",
    "I'm a bit embarrassed I don't know this, but what was the Glorious Revolution of 1688, and why was it \"glorious\"?",
    "What was the Dutch East India Company, and how powerful did it get?",
    "what was the klondike gold rush and did anyone actually get rich",
    "Who was Louis Riel, and why is he so important in Canada?",
    "Who was Túpac Amaru II?",
    "what was the war of 1812 even about, who won",
    "We're road-tripping through Colorado and plan to stop at Mesa Verde. Who built those cliff dwellings, and why did they leave?",
    "A Paraguayan friend told me her country lost most of its men in a 19th-century war. What was the War of the Triple Alliance?",
    "What actually happened in the Salem witch trials?",
    "Who were the Maroons of Jamaica?",
    "What was Gran Colombia, and why did it break up?",
    "what was the bay of pigs thing, did the us really try to invade cuba",
    "My dad was born in Santiago and left in 1974. What happened in Chile's 1973 coup?",
    "What was the Eureka Stockade, and why do Australians see it as important?",
    "who was ned kelly and why did he wear that metal armour",
    "What were the Musket Wars in New Zealand?",
    "I'm researching my family history in Queensland and came across the word \"blackbirding\". What was it?",
    "i found out one of my ancestors came to australia on the first fleet as a convict. what was the first fleet and who else was on it",
    "Did Tonga really have an empire?",
    "What was the Library of Ashurbanipal?",
    "I saw an Etruscan exhibition in Florence and realised I know nothing about them. Who were the Etruscans, and where did they go?",
    "Who was Sargon of Akkad?",
    "How did the Oracle of Delphi work? Did she really breathe in fumes?",
    "Who were the Scythians?",
    "is it true the antikythera mechanism is basically an ancient computer",
    "I'm reading Plato for a philosophy class. Why was Socrates sentenced to death?",
    "What's the deal with the Hanging Gardens of Babylon? Were they even real?",
    "What was the Persian Royal Road, and how fast could messages travel on it?",
    "What was the Peloponnesian War about?",
    "Why does the International Date Line zigzag instead of running straight?",
    "We just watched a documentary about lemurs. Why does Madagascar have so many animals that live nowhere else?",
    "I read that the Sahara was once green with lakes and hippos. When was that, and what changed?",
    "why is canberra the capital of australia and not sydney",
    "i heard france has more time zones than any other country, is that right? how",
    "What's the story with Baarle-Hertog, where some houses sit in two countries?",
    "My American coworkers tease me for saying \"zed\". Why do Brits say zed and Americans say zee?",
    "Is it true \"sabotage\" comes from workers throwing clogs into machines?",
    "Where does the word \"deadline\" come from? I heard it has something to do with prisons.",
    "sideburns are named after a guy?? is that true",
    "Why is the # symbol called a hash, a pound sign and an octothorpe?",
    "Where did the @ symbol come from?",
    "Why are the days of the week named after Norse gods?",
    "Why does Spanish put an upside-down question mark at the start?",
    "My Welsh friend says Welsh and Irish are related, but they don't sound alike to me. Are they?",
    "Why do people say \"mayday\" in an emergency?",
    "Where does \"checkmate\" come from?",
    "why is pound shortened to lb, there isn't even an l in it",
    "My aunt gets upset when people write Xmas because she says it takes Christ out of Christmas. Where does the X actually come from?",
    "Who decides when a country is in a recession?",
    "The news said the central bank is doing \"quantitative easing\" again. What does that actually mean? Are they just printing money?",
    "How does short selling work? How can you make money when a stock falls?",
    "why do people call a dollar a buck",
    "How is a share's price set on a stock exchange from second to second?",
    "What is Norway's oil fund, and how did it get so big?",
    "why do some coins have little ridges round the edge",
    "do banks actually create money when they give out a loan",
    "Can you explain what the Bretton Woods agreement was?",
    "What is the Big Mac Index, and does it really say anything about currencies?",
    "What does \"pro bono\" mean?",
    "What's a grand jury?",
    "What is eminent domain? Can the government really take my house?",
    "I need a document notarised for a visa application. What does a notary public actually do, and why can't any adult just witness it?",
    "I'm American and was surprised to learn the UK has no single written constitution. How does that even work?",
    "What's the difference between a caucus and a primary?",
    "How did silent films have music? Was there a band in every cinema?",
    "what does a film producer do that the director doesn't",
    "How did Beethoven keep composing after he went deaf?",
    "I went to a jazz club and the musicians were clearly making it up, yet it all fit together. How does jazz improvisation work?",
    "What is film noir, and where does the name come from?",
    "What was surrealism trying to do?",
    "We're seeing a play at the reconstructed Globe in London. What was theatre like in Shakespeare's day? Did people really throw things?",
    "What is a conductor actually doing up there, waving the baton?",
    "Why did films settle on 24 frames per second?",
    "Who was Caravaggio, and why was he always in trouble?",
    "Our town's old cinema is apparently a great example of Art Deco. What makes a building Art Deco?",
    "whats a triple double in basketball",
    "What events are in a decathlon?",
    "What do the five Olympic rings stand for?",
    "how does the nfl draft work, why do the worst teams pick first",
    "My father-in-law invited me to play golf and said his handicap is 8. How do handicaps let a beginner play a fair game against someone good?",
    "How do they decide a photo finish in a sprint?",
    "What is kabaddi, and how do you score?",
    "I'm in Kilkenny and everyone's mad about hurling. What is it, and how do you score?",
    "why do they stop for a seventh inning stretch in baseball",
    "Why is a boxing ring square when it's called a ring?",
    "what's a googly in cricket",
    "Why does the Super Bowl use Roman numerals?",
    "How do they take the caffeine out of coffee to make decaf?",
    "I nearly dropped the tiny jar of saffron at the shop when I saw the price. Why is it so expensive?",
    "We went to a sugar shack in Quebec last spring. How is maple syrup made from tree sap, and why does it take so much?",
    "Why is real Parmigiano-Reggiano so expensive?",
    "Where did chocolate come from before it was a sweet?",
    "what's the deal with green tea vs black tea, are they even from the same plant",
    "Why does wasabi burn your nose and not your mouth like chilli?",
    "Was the Caesar salad invented in Mexico?",
    "is it true carrots were made orange for the dutch royal family",
    "What makes Wagyu beef so expensive?",
    "How is traditional balsamic vinegar made, and why does it cost so much?",
    "Why do some planes leave long contrails while others leave none?",
    "whats the tiny hole in airplane windows for",
    "Why don't huge cruise ships tip over with all those decks piled on top?",
    "why are london buses red",
    "Why is the Japanese bullet train's nose shaped like a bird's beak?",
    "Why do flights to Asia curve up over the Arctic on the map?",
    "Why do big ships have that bulb sticking out under the bow?",
    "My nephew says he wants to be an actuary and I nodded along without a clue. What does an actuary actually do?",
    "My cousin just got accepted to train as an air traffic controller. What does the job actually involve day to day?",
    "What does a sommelier do besides recommending wine?",
    "What can a paralegal do, and what's off-limits to them without a law licence?",
    "I'm going back to college and a careers adviser suggested quantity surveying. What does a quantity surveyor do day to day?",
    "What's the difference between a midwife and an obstetrician?",
    "At a trial I watched, a woman typed every word on a funny little machine. How do court stenographers type so fast?",
    "what does a foley artist do on a film",
    "I'm having my gallbladder out next month and have a pre-op call with the anaesthetist. What do they actually do during the operation besides putting you to sleep?",
    "What does a product manager do at a tech company?",
    "What is a forensic accountant?",
    "what do the key grip and best boy do in film credits",
    "My daughter asked why railway tracks are laid on piles of little stones instead of concrete. What are the stones for?",
    "i got a letter saying a camera caught me doing 36 in a 30. how does a speed camera actually measure how fast you're going",
    "My grandmother was a switchboard operator in the 1950s. How did telephone exchanges connect calls before computers took over?",
    "My partner gets up at 3am to watch sumo from Japan. How does the ranking system work, and what makes someone a yokozuna?",
    "My son wants to be a lawyer and asked me what \"beyond reasonable doubt\" means compared with \"balance of probabilities\". Can you explain the difference?",
    "I'm watching The Crown and they keep mentioning the Privy Council. What is it, and does it still do anything?",
    "My kid's piano teacher keeps talking about major and minor keys. Why do minor keys sound sad to most people?",
    "My first UK payslip shows National Insurance taken off as well as income tax. What's the difference, and what does National Insurance pay for?",
    "Every spring I get an itchy red rash on my arms after the first sunny days. Is it possible to be allergic to sunlight?",
    "I bought a pricey bottle of olive oil labelled \"extra virgin\" and realised I don't know what that means. How is it different from ordinary olive oil?",
    "I'm flying to Reykjavík next month and read that Iceland sits on the boundary between two tectonic plates. Is it true you can stand in the gap between them?",
    "We saw a bright dot sliding across the night sky with no blinking lights, and my husband says it was the space station. How can you see it from the ground?",
    "A fox has moved into our garden and screams at night like someone's being murdered. Why do foxes make that noise?",
    "My friend just qualified as an occupational therapist and everyone assumes she's a physio. What's the difference between the two jobs?",
    "My Dutch colleague claims \"cookie\", \"boss\" and \"Yankee\" all come from Dutch. Is that right, and which other English words did Dutch give us?",
    "my phone keeps saying it's optimising battery charging and sits at 80% overnight. why does it do that",
]


GENERAL_ADVICE = [
    "is it worth learning to drive at 35 when i live in a city with decent public transport",
    "I'm an accountant and I want a fairly big tattoo on my forearm. Could that hurt my career, or is that an outdated worry?",
    "should i tell my boss i'm interviewing somewhere else or keep it quiet until i have an offer",
    "I'm applying for jobs in Germany. Should I put a photo on my CV like people say they do there?",
    "I'm a graphic designer with three years at an agency. Would you go freelance or stay salaried for a couple more years?",
    "I spend hours each week copying numbers between spreadsheets at work. Should I learn Excel macros or Python to automate it?",
    "my nephew is deciding between an electrician apprenticeship and a business degree. which would you push him towards",
    "Is it worth joining the union at my workplace if nothing is going wrong right now?",
    "I'm in my second year of a chemistry degree and I'm much more interested in computer science. Is it too late to switch?",
    "Should I take AP Statistics or AP Calculus senior year if I'm planning to major in psychology?",
    "Is an online degree taken as seriously by employers as one from a campus university?",
    "I'm 30 and want to learn an instrument for fun. Piano or guitar: which is easier to stick with as an adult beginner?",
    "I love medieval history and I've been offered a funded PhD place. Everyone says there are no academic jobs. Would you still do it?",
    "My university offers a semester abroad in Seoul. I'm worried it'll delay graduation and I don't speak Korean. Is it worth it anyway?",
    "We want to buy a house in about three years. Is it safer to keep the deposit in a high-yield savings account or invest it?",
    "Cash-back credit card or a travel rewards card for someone who flies maybe twice a year?",
    "We just moved in together. Should we merge our finances into a joint account, keep everything separate, or do something in between?",
    "My uncle keeps telling me to buy gold coins as a hedge. Is that a reasonable thing for a regular person to do?",
    "are premium bonds actually a good place to keep savings or is it just a lottery",
    "We've been dating six months and my boyfriend's lease is ending. He's hinting about moving in with me. Is six months too soon?",
    "My partner got a two-year job offer overseas. Is long-distance worth trying, or should one of us move?",
    "I have a friend who's late to literally everything, sometimes by an hour. Is it worth saying something or should I just accept it?",
    "I haven't spoken to my father in eight years. He recently reached out through my aunt. How do I decide whether to reply?",
    "Is it weird to ask someone out at the climbing gym if we've only chatted a few times between routes?",
    "hinge or bumble for someone in their 30s who actually wants a relationship",
    "I'm 50 and newly single after a long marriage. Should I try dating apps or is there a better way to meet people at my age?",
    "are cold showers actually good for you or is that mostly hype",
    "I drink five cups of coffee a day and I want to cut back. Should I quit cold turkey or taper down?",
    "Would a walking pad under my desk be worth it, or will I just stop using it after two weeks?",
    "Is doing Dry January actually worth it if I only drink a few glasses of wine a week?",
    "do i really need sunscreen every day in winter if i'm inside most of the day",
    "Electric toothbrush or manual: is the expensive one really better for your teeth?",
    "Water flosser vs regular string floss for someone who has braces?",
    "I've had lower back pain on and off for months. Should I see a physiotherapist or a chiropractor?",
    "Is the Japan Rail Pass still worth it for a two-week trip covering Tokyo, Kyoto, Osaka and Hiroshima?",
    "seville or granada for a long weekend in april, we can only pick one",
    "My parents want to celebrate their 40th anniversary with a Mediterranean cruise. Would you recommend a cruise over a land trip for people in their late sixties?",
    "All-inclusive resort or a regular hotel where we eat out, for a family of four in Mexico?",
    "Airbnb or hotel for five nights in Tokyo with two teenagers?",
    "bali or thailand for a two week honeymoon in september",
    "is it worth paying extra to choose your seat on a budget airline if you're travelling with a partner",
    "Should I change money before I travel or just take cash out of ATMs when I land?",
    "Laminate, engineered wood or real hardwood for a hallway that gets a lot of muddy boots?",
    "memory foam or a spring mattress if i sleep hot and my partner tosses and turns all night",
    "curtains or blinds for a bedroom that gets blinding sun at 5am",
    "We live in a hard water area and the kettle is always furry with limescale. Is a water softener worth installing?",
    "Our water heater is dying. Tankless or a regular tank replacement for a family of five?",
    "Should I get a video doorbell, or are they more trouble than they're worth with privacy and subscriptions?",
    "We're ready for a dog but can't decide between adopting a senior dog from the shelter or getting a puppy. Both of us work part time. What would you do?",
    "Some people at my dog park swear by a raw food diet. Is it actually better for dogs than good kibble?",
    "We just moved somewhere with a big garden. Should I let my indoor cat go outside?",
    "Is keeping three backyard chickens worth the effort for fresh eggs, or is it more work than people admit?",
    "Watercolour or acrylic paint for a complete beginner who wants to paint landscapes?",
    "Road bike or gravel bike if I mostly ride on country roads but sometimes want to take towpaths?",
    "Bouldering or top-rope climbing for someone who's never climbed but wants a new hobby?",
    "is a 3d printer worth buying if i mostly want to make miniatures for tabletop games",
    "Are mechanical keyboards really nicer to type on, or is it just a hobby for people who like gadgets?",
    "knitting or crochet, which is easier to pick up if i just want to make blankets",
    "I'm a 60-year-old retired teacher looking for a hobby that gets me out of the house and meeting people. Pottery class, walking group or amateur dramatics?",
    "I'm buying my first used car. Is it safer to buy from a dealer or a private seller?",
    "My commute is 7 miles each way with a couple of big hills. Would an e-bike actually replace my car?",
    "Is the Dyson hairdryer worth the price for thick, curly hair, or are there cheaper ones that do the same job?",
    "is it a bad idea to buy a mattress online without ever lying on it",
    "does a costco membership save money for a household of two, or only for big families",
    "Is a $200 chef's knife really that much better than a $30 one for a home cook?",
    "Down or synthetic winter coat for a damp, cold climate like Seattle?",
    "Lab-grown or natural diamond for an engagement ring? My girlfriend doesn't care much, I just don't want to regret it later.",
    "Someone's selling an old upright piano for $300. Is buying a used piano a good idea, or should I get a digital one?",
    "My 75-year-old mum has never had a smartphone. iPhone or Android for someone who's nervous about technology?",
    "I have 20 years of family photos. Should I keep them on a home NAS, in the cloud, or both?",
    "Is it worth building my own gaming PC or should I just buy a prebuilt one?",
    "I have a 2013 laptop that's too slow for Windows now. Is it worth putting Linux on it or should I just recycle it?",
    "React or Vue for a small personal project when I only know basic JavaScript?",
    "PostgreSQL vs MongoDB for a hobby app that tracks my book collection?",
    "Should I host my small web app on AWS or just rent a cheap VPS?",
    "google photos or icloud for a family where half of us have iphones and half have android",
    "Is it worth moving from Gmail to ProtonMail for privacy, given how many accounts are tied to my Gmail address?",
    "My sister asked me to be a witness for her divorce hearing. I like both of them. Should I agree?",
    "Would you rather live somewhere cheap with a long commute or somewhere expensive that's a ten-minute walk from work?",
    "what would you do if your best friend asked to borrow your car for a month",
    "I got into a good university in another city and a slightly worse one near home where I could live with my parents and save money. Which would you choose?",
    "I'm a night owl and my new job starts at 7am. Is it possible to become a morning person, or should I look for a different job?",
    "Is it worth paying for a personal trainer for a few sessions just to learn proper form?",
    "I volunteer every Saturday at an animal shelter, but it's starting to feel like a chore. Is it OK to step back?",
    "Should I get my 10-year-old a smartwatch instead of a phone so I can reach her?",
    "My neighbour offered to sell me his ten-year-old car with 90,000 miles for $4,000. How do I know if that's a fair deal?",
    "i'm torn between a weekend in the mountains and a weekend at the beach for my birthday, help me decide",
    "I've been at my company six years and haven't had a raise in two. Should I ask for one or just start looking elsewhere?",
    "Would you take a job with a 20% pay cut if it meant no commute and fully remote work?",
    "Is it a good idea to buy a used Peloton or will I regret not getting a regular exercise bike?",
    "Is it worth getting a professional to do my taxes if I only have one W-2 job and a bit of freelance income?",
    "My partner and I can't agree on whether to have a big wedding or spend that money on a house deposit. How would you break the tie?",
    "Is it better to buy a few expensive clothes that last or lots of cheap ones I can replace?",
    "i want a plant for my desk at work that won't die. there's no window. is that even possible",
    "My 14-year-old wants to start a YouTube channel about video games. Should I let him, and what guardrails make sense?",
    "Is learning sign language a useful skill if I don't know anyone who's deaf?",
    "squarespace, wix or wordpress for a small business website, which would you pick",
    "Should I buy an expensive stroller or a cheap one? Everyone has such strong opinions.",
    "Would you recommend getting a puppy right before starting a new job?",
    "I'm thinking of selling my old comics and trading cards online. eBay or a local collectibles shop?",
    "Is it worth driving an hour to a bigger supermarket to save about 20% on the weekly shop?",
    "My company lets us buy up to five extra days of annual leave through payroll. Is that worth doing, or should I keep the money?",
    "I've been offered a six-month secondment to our Singapore office. My partner can't come with me. Would you go?",
    "A friend keeps inviting me to join her skincare business and says I could earn thousands from home. How can I tell if it's legit, and how do I say no nicely if it isn't?",
    "Is a DNA ancestry test worth doing, and does it matter which company I use?",
    "i'm opening a tiny coffee cart at the farmers market. should i go card only or still take cash",
    "Work will pay for me to attend a three-day conference in Las Vegas, but I'm exhausted and would rather use the week to catch up. Would you go?",
    "Cordless or petrol lawnmower for a medium-sized garden with a slight slope?",
    "Is it worth learning to sew just to hem trousers and take in shirts, or should I keep paying a tailor?",
    "heated clothes airer or a tumble dryer for a small flat with no outdoor space",
    "Is upgrading from a 60Hz to a 144Hz monitor worth it if I mostly play slow strategy games?",
    "vim or vs code for someone who just started learning to program",
    "I write backend services in Go at work. Is it worth learning Rust on the side, or is my time better spent elsewhere?",
    "Tailwind or plain CSS for a personal portfolio site that I'll build and maintain alone?",
    "We're a three-person startup with one web app. Is Kubernetes overkill for us?",
    "Notion or Obsidian for organising research notes for a master's thesis?",
    "I'm vegetarian and my first date booked a table at a steakhouse. Should I say something beforehand or just go and order sides?",
    "My best friend is moving to Canada next month. Big goodbye party or a quiet last weekend with just the two of us?",
    "My 13-year-old wants $180 trainers for his birthday. Should I just buy them or make him save up for part of it?",
    "My grandmother wants to give me her 2004 hatchback. It runs fine but there's rust on the sills. Should I accept it or politely say no?",
    "We sat through a timeshare presentation on holiday and it sounded like a great deal. Is a timeshare ever a good idea?",
    "Hiking boots or trail runners for walking the Camino de Santiago in late spring?",
    "French Way or Portuguese Way for a first-time Camino walker who has about two weeks?",
    "Campervan, or a rental car and motels, for three weeks on New Zealand's South Island?",
    "is global entry worth it if i fly internationally maybe twice a year",
    "fly into rome or naples for a week on the amalfi coast",
    "Banff or Jasper for a first trip to the Canadian Rockies with a few days of easy hiking?",
    "Kenya or Tanzania for a first safari if we have eight days and a mid-range budget?",
    "Inca Trail or the train to Machu Picchu for two people who are fit but not hardcore hikers?",
    "I live alone and love birds. Is a parrot a sensible pet when some of them live for 50 years?",
    "Should I get my scuba certification in Egypt or Thailand? I have about a week for it either way.",
    "our 8 year old washing machine needs a $250 repair. fix it or just replace it",
    "We've fallen for a house that has a septic tank instead of mains drainage. Is that a reason to walk away?",
    "Is buying a house right next to a primary school a good idea, or will the noise and school-run parking drive us mad?",
    "We need another bedroom. Convert the loft or sell up and move somewhere bigger?",
    "Italian or French, if we might retire somewhere in southern Europe in ten years?",
    "I have two job offers: a well-paid analyst role at a big bank, or a job at a small environmental charity for 30% less. How would you weigh them?",
    "my 20 year school reunion is next month and i barely kept in touch with anyone. is it worth going",
    "I'm 34 and my job allows an unpaid three-month sabbatical. Would you take it to travel, or is it a career risk?",
    "My company has an employee share scheme with a 15% discount. Is it wise to put a big chunk of my savings into my own employer's stock?",
    "I just inherited $30,000. Pay off my student loans, invest it, or save it for a house?",
    "rent or buy a tuxedo if i have about two black tie events a year",
    "Contact lenses or prescription sports glasses for playing five-a-side football twice a week?",
    "Is laser eye surgery worth it at 42, or will I need reading glasses soon anyway?",
    "Swimming or cycling for keeping fit with an arthritic hip?",
    "is sitting in the sauna after lifting weights actually good for recovery or just nice",
    "Would you buy a 12-year-old Porsche Boxster as a fun weekend car, or is that a money pit?",
    "Manual or automatic for my first car, given that most new cars are automatic now?",
    "is a dashcam worth it if i only ever drive around town",
    "Should I let my 16-year-old take a Saturday job during her exam year?",
]


GENERAL = GENERAL_FACTS + GENERAL_ADVICE


HOWTO = [
    "What's the best way to get permanent marker off a whiteboard that's been there for weeks?",
    "How do I get a broken key out of a door lock?",
    "How do I fix a closet rod that's sagging in the middle?",
    "How do I change the water filter in my refrigerator?",
    "What's the right way to thaw a frozen pipe without bursting it?",
    "What's the best way to reprogram a garage door opener remote?",
    "How do I lower the temperature on my water heater?",
    "Is there an easy way to fix a cabinet hinge whose screws pulled out of the particleboard?",
    "How do I make beef jerky in a regular oven?",
    "how do i roast a whole head of cauliflower",
    "Is there an easy way to make dumpling wrappers from scratch?",
    "What's the right way to pick a ripe pineapple at the grocery store?",
    "How do I strip old wallpaper off a plaster wall?",
    "Can you tell me how to convert a baking recipe from cups to grams?",
    "How do I set up a separate guest Wi-Fi network for visitors?",
    "What's the best way to find out which apps are eating my mobile data?",
    "how do i make a QR code that links to our restaurant's menu",
    "How do I start page numbers on page 3 in a Google Doc?",
    "What's the best way to add my company logo to my Gmail signature?",
    "Is there an easy way to transfer photos from an old digital camera to my laptop?",
    "How do I write a reference letter for a former intern?",
    "What's the right way to ask a professor for a deadline extension without sounding like I'm making excuses?",
    "Can you tell me how to ask a new employer to push back my start date by two weeks?",
    "How do I teach my parrot to step up onto my hand?",
    "Is there an easy way to get my pet rabbit to use a litter box?",
    "how do i acclimate new fish before adding them to my aquarium",
    "What's the best way to save seeds from my tomatoes to plant next year?",
    "What's the best way to keep potted geraniums alive indoors over the winter?",
    "Is there an easy way to get rid of moss taking over my shady lawn?",
    "Is there an easy way to propagate a snake plant from a leaf cutting?",
    "How do I wax a snowboard at home?",
    "How do I put new strings on an acoustic guitar?",
    "How do I tune a ukulele by ear without a tuner?",
    "What's the best way to sew a patch onto a denim jacket by hand?",
    "Is there an easy way to clean silver earrings that have turned black?",
    "What's the right way to get a ring off a swollen finger?",
    "How do I plan a potluck so we don't end up with ten desserts and no mains?",
    "How do I keep a two-year-old entertained on a five-hour flight?",
    "how do i pack plates and glasses in a moving box so nothing breaks",
    "How do I store a bike in a small apartment with no balcony?",
]


CODE = [
    "Write a Python function that takes a string of brackets like '{[()()]}' and tells me whether every opening bracket is closed in the right order.",
    "I have a dict of student names to lists of grades. Write Python that prints each student with their average, sorted from highest average to lowest.",
    "Write a Python decorator that times how long a function takes and prints it in milliseconds.",
    "write a python script that asks the user for a number and keeps asking until they actually type a valid integer",
    "Write a Python context manager that temporarily changes the working directory and switches back afterwards, even if an exception happens.",
    "Write a Python function that returns the longest palindromic substring of a string.",
    "Write a Python dataclass for an inventory item with name, price and quantity, plus a method that returns the total value of the stock.",
    "Using the csv module, write Python that reads a file of transactions (date, category, amount) and prints the total spent per category.",
    "Write a Python script that reads a text file and prints the 10 longest words in it, without duplicates.",
    "In pandas, how do I fill missing values in the 'price' column with the median price of the same 'category'?",
    "Write a pandas snippet that reads a CSV with a 'timestamp' column and resamples it to daily totals of the 'amount' column.",
    "Write a Python function that uses the sieve of Eratosthenes to return all primes below n.",
    "Write a Python script that uses the sqlite3 module to create a table of notes, insert a few rows and print them back ordered by date.",
    "Write a Python function that returns the majority element of a list (the one that appears more than half the time) in O(n) time and O(1) extra space.",
    "How would you validate a 10-digit ISBN in Python? The check digit at the end can be an 'X', which is what's tripping me up.",
    "Write a Python function that returns every date in a given month that falls on a given weekday, like all the Tuesdays in March 2025.",
    "Write a Python function that gives the length of the Collatz sequence starting at n, then use it to find which starting number below 10,000 has the longest chain.",
    "python: print a list of dicts as a plain text table with the columns lined up, no libraries",
    "Write a Python script using asyncio and aiohttp that downloads three web pages at the same time and prints how many bytes each one had.",
    "Write a Python function that computes one step of Conway's Game of Life on a 2D grid of 0s and 1s.",
    "how do i read an excel file with several sheets into pandas and stack them into one dataframe, with a column saying which sheet each row came from",
    "Write a Python function that shows a savings balance year by year for 10 years, given a starting amount, a monthly deposit and an annual interest rate compounded monthly.",
    "I have a JSON Lines file that's about 4 GB. Write Python that streams through it and writes only the records where 'country' is 'DE' to a new file.",
    "Write a JavaScript function that takes an array and returns a new array with duplicates removed while keeping the original order.",
    "Write a JavaScript function that counts down from a given number of seconds and updates a <span id=\"timer\"> every second, stopping at zero.",
    "Write a TypeScript generic function that returns the last element of an array, or undefined if it's empty, with the right return type.",
    "Write a React component that fetches a list of users from /api/users when it mounts and shows 'Loading...' until they arrive.",
    "Write a Node.js script that lists every file in a directory along with its size in kilobytes, biggest first.",
    "Write a JavaScript function that validates a form: the name can't be empty, the email must contain '@', and the password needs at least 8 characters. Show error messages under each field.",
    "write a js snippet that reads the ?page= and ?sort= values from the current url",
    "In TypeScript, how do I make a type that's the same as my User interface except that only the email and phone fields are optional?",
    "Write JavaScript that copies the text of a <pre> block to the clipboard when a 'Copy' button next to it is clicked, and changes the button text to 'Copied!' for two seconds.",
    "Write a SQL query that sorts customers into 'low', 'medium' and 'high' spenders based on their total order amount, using CASE, from orders(customer_id, total).",
    "From price_history(product_id, price, changed_at), write SQL that lists every time a product's price went up compared to its previous price. I think I need LAG?",
    "Write a recursive CTE that lists everyone who reports to a given manager, directly or indirectly, from employees(id, name, manager_id).",
    "write sql to get the 5 best-selling products last month from order_items(product_id, quantity, order_date)",
    "Write a SQL query that calculates the average order value per weekday (Monday, Tuesday...) from orders(id, created_at, total). PostgreSQL please.",
    "Write a CREATE TABLE statement for a library system with books, members and loans, including foreign keys and a constraint that the return date can't be before the loan date.",
    "Write a bash script that checks whether a list of websites from a text file respond with HTTP 200 and prints the ones that don't.",
    "write a bash loop that resizes every png in a folder to 800px wide using imagemagick",
    "Write a bash script that asks the user for yes or no and keeps asking until they answer one of them.",
    "Write a bash function that makes a directory and cd's into it in one go.",
    "write a bash script that renames every file in the current folder to all lowercase",
    "How do I set up a cron job that runs my backup script at 7am every weekday? I never remember what the five fields mean.",
    "Write a Java class for a simple thread-safe counter, and show two threads incrementing it 1000 times each.",
    "Write a Java method that uses streams to take a List<String> of names and return a Map from first letter to how many names start with it.",
    "Write a Java method that returns the nth Fibonacci number using BigInteger, fast enough for n = 1000.",
    "Write a C program that counts the words, lines and characters in a file given as a command-line argument, like a tiny wc.",
    "Write a C function that converts a string of digits to an int without using atoi, and returns an error if it hits a non-digit.",
    "write a c program that prints the binary representation of an unsigned int",
    "Write a C# method that uses LINQ to find the three oldest people in a List<Person> and return their names.",
    "Write a C# class for a generic queue that's backed by two stacks.",
    "Write a C# record for an Order with a customer name and total, and show how to group a list of orders by customer and sum their totals.",
    "Write a Go function that reverses a string correctly even when it contains multi-byte characters like emoji.",
    "Write a Go HTTP handler that accepts a JSON body with name and email, validates that both are present, and responds with 400 if not.",
    "in go, how do i read a csv file and add up all the numbers in the second column",
    "Write a Rust function that returns the most common word in a piece of text, ignoring case.",
    "Write a Rust struct for a rectangle with an area method and a method that checks if it can fit inside another rectangle.",
    "Write HTML and CSS for a responsive three-column card layout that stacks into one column on phones, using CSS grid.",
    "Write CSS for a navigation bar where the links are spread out on the right and the logo sits on the left.",
    "my footer floats up into the middle of the page when there isn't much content. how do i make it stay at the bottom with css",
    "Write a CSS-only tooltip that appears above a link when you hover over it, with a small arrow pointing down.",
    "In R, how do I read a CSV and make a bar chart of counts per category with ggplot2?",
    "Write an R function that takes a numeric vector and returns its mean, median and standard deviation as a named list.",
    "in R whats the difference between a data frame and a tibble, do i need to care",
    "With dplyr in R, how do I get the average height per species from the starwars dataset, dropping missing values?",
    "Using the mtcars dataset in R, fit a linear regression of mpg on weight and walk me through what the summary() output means.",
    "Give me a regex that finds IPv4 addresses in a log file and only accepts numbers from 0 to 255 in each part.",
    "is there a regex to strip html tags out of a string? and is that actually a bad idea like people on stack overflow say",
    "Write a regex that matches times in 24-hour format like 09:30 or 23:59 but not 24:00 or 9:5.",
    "In Excel, what formula looks up a product code in column A of another sheet and returns the price from column C, and shows 'not found' if it's missing?",
    "excel formula that gives me someone's age in whole years from their birthday in A2",
    "In Google Sheets, how do I highlight a whole row in red when the value in column E says 'Overdue'?",
    "What's the difference between VLOOKUP and INDEX/MATCH in Excel, and is XLOOKUP better than both?",
    "Excel formula to add 3 working days to the date in A2, skipping weekends and the holidays listed in H2:H10?",
    "git says I'm in a 'detached HEAD' state. What does that mean and how do I get back to normal?",
    "how do i make git stop tracking a file that's already committed without deleting it from my computer",
    "How do I get a shell inside a running Docker container to poke around?",
    "My Docker image is 1.2 GB for a small Python app. How can I make it smaller?",
    "docker run fails with \"Bind for 0.0.0.0:5432 failed: port is already allocated\". How do I find out what's using the port?",
    "Why does this Python code print 3 three times instead of 0, 1, 2?\n\nfuncs = []\nfor i in range(3):\n    funcs.append(lambda: i)\nfor f in funcs:\n    print(f())",
    "I get \"IndexError: list index out of range\" on this, what's wrong?\n\nnums = [4, 8, 15, 16]\nfor i in range(len(nums)):\n    print(nums[i] + nums[i + 1])",
    "Why does my JavaScript compare say 10 is less than 9?\n\nconst a = document.getElementById('a').value;\nconst b = document.getElementById('b').value;\nif (a < b) console.log('a is smaller');",
    "My Java string comparison doesn't work even though both strings say \"yes\":\n\nScanner sc = new Scanner(System.in);\nString answer = sc.nextLine();\nif (answer == \"yes\") {\n    System.out.println(\"ok\");\n}",
    "This C code segfaults. What did I do wrong?\n\nchar *s = \"hello\";\ns[0] = 'H';\nprintf(\"%s\\n\", s);",
    "I get \"KeyError: 'email'\" from this line when some users don't have an email. What's the cleanest fix?\n\nfor user in users:\n    print(user['name'], user['email'])",
    "What does \"SyntaxError: unexpected EOF while parsing\" mean? My code is just:\n\nprint(sum([1, 2, 3])",
    "C# throws \"NullReferenceException: Object reference not set to an instance of an object\" on customer.Address.City. How do I guard against that?",
    "Why does my SQL give \"column must appear in the GROUP BY clause or be used in an aggregate function\"?\n\nSELECT dept, name, MAX(salary)\nFROM employees\nGROUP BY dept;",
    "rust won't compile this, says cannot borrow `v` as mutable because it is also borrowed as immutable\n\nlet mut v = vec![1, 2, 3];\nlet first = &v[0];\nv.push(4);\nprintln!(\"{}\", first);",
    "I get this when calling an API:\n\nTraceback (most recent call last):\n  File \"app.py\", line 4, in <module>\n    data = r.json()\nrequests.exceptions.JSONDecodeError: Expecting value: line 1 column 1 (char 0)\n\nThe URL works in my browser. What's going on?",
    "i wrote a deploy.sh script but running ./deploy.sh just says permission denied, what am i missing",
    "Convert this JavaScript to Python:\n\nconst adults = people\n  .filter(p => p.age >= 18)\n  .map(p => p.name.toUpperCase());",
    "can you turn this python into bash\n\nimport os\nfor name in os.listdir('.'):\n    if name.endswith('.tmp'):\n        os.remove(name)",
    "Convert this Python class to TypeScript:\n\nclass Point:\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n\n    def distance_to(self, other):\n        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5",
    "Write pytest tests for this function, including edge cases:\n\ndef slugify(title):\n    return '-'.join(title.lower().split())",
    "Write Jest tests for a JavaScript function isValidEmail(str) that returns true or false. Cover a few good and bad addresses.",
    "Write JUnit 5 tests for a method int clamp(int value, int min, int max).",
    "This Python is really slow on a list of 100,000 items. How can I speed it up?\n\nunique = []\nfor x in items:\n    if x not in unique:\n        unique.append(x)",
    "My pandas loop takes forever. Can this be vectorized?\n\nfor i in range(len(df)):\n    df.loc[i, 'total'] = df.loc[i, 'price'] * df.loc[i, 'qty']",
    "how do i make this string building faster in python\n\nresult = ''\nfor line in lines:\n    result += line + '\\n'",
    "This query takes 20 seconds on a table with 5 million rows and there's an index on created_at. Why isn't it using it?\n\nSELECT * FROM orders WHERE YEAR(created_at) = 2024;",
    "Is it true that Python's GIL means threads are useless in Python?",
    "What are Python virtual environments for, and what goes wrong if I just pip install everything globally?",
    "Compare using SQL ORMs like SQLAlchemy versus writing raw SQL queries. What are the tradeoffs for a small project?",
    "What does 'pure function' mean, and why do people say pure functions are easier to test?",
    "why does everyone hate global variables so much, they seem really convenient",
    "Python lists vs numpy arrays: when is numpy actually faster, and when is it not worth bringing in?",
    "In Go, when should a method have a pointer receiver and when a value receiver?",
    "What's the difference between async void and async Task in C#, and why do people say to avoid async void?",
]


MATH_FORMS = [
    "A US recipe calls for {c2} tablespoons of butter, 1.{c} cups of sugar and an oven set to 3{c}0°F. Convert all three to grams and degrees Celsius.",
    "Dinner for {b} people comes to ${d} before tax. With 8% sales tax and an 18% tip on the pre-tax amount, what is the total, and what does each person pay if they split it evenly?",
    "A flight leaves Chicago at {b}:{e} pm and takes {c} hours {e} minutes. It lands in a city that is 6 hours ahead of Chicago. What is the local time when it lands?",
    "{n} borrows ${d}00 for a used car at {c}% interest a year and pays it back in equal monthly payments over {b} years. What is the monthly payment, and how much interest is paid in total?",
    "A backyard pool is {b2} m long, {c2} m wide and 1.{c} m deep. How many liters of water does it hold, and how many hours will it take to fill with a hose that delivers {e} liters a minute?",
    "A concrete patio slab will be {b} m by {c2} m and 1{c} cm thick. How many cubic meters of concrete are needed, and how many 25 kg bags if each bag makes 0.011 cubic meters?",
    "{n} took {c} credits of classes graded A (4.0), {b} credits graded B (3.0) and 3 credits graded C (2.0). What is {n}'s GPA?",
    "If you roll {c} six-sided dice at once, what is the probability that at least one of them shows a six?",
    "A TV costs ${d}0 and is marked {e}% off, and {n} has a coupon for an extra {b}% off the sale price. What is the final price, and why isn't it the same as {e}% plus {b}% off?",
    "A rectangular garden bed has a perimeter of {b4}0 feet and is {c} feet longer than it is wide. What are its length and width?",
    "Is there a set of three consecutive whole numbers that add up to {d}? If so, what are they, and if not, why not?",
    "A geometric sequence starts with {c}, and each term is {b} times the one before. What is the 6th term, and what is the sum of the first 6 terms?",
    "How long would a marathon (42.195 km) take at a steady pace of {c2} minutes {e} seconds per kilometer?",
    "An apartment is listed at {d}0 square feet. How big is that in square meters?",
    "A model of a 22-meter railway carriage is built at a scale of 1:{b4}. How long is the model in centimeters?",
    "A circular jogging path around a pond has a radius of {d} m. How many laps does {n} need to run to cover 10 km?",
    "A {c2} m ladder leans against a wall with its foot 1.{c} m from the base of the wall. How high up the wall does it reach, and what angle does it make with the ground?",
    "{n}'s phone battery dropped from 100% to {e}% in {c} hours. If it keeps draining at the same rate, how much longer until it hits 0%?",
    "A shampoo bottle says '{a}% extra free' and holds {d}0 ml. How much did the regular bottle hold, and how much of this one is free?",
    "A salad dressing uses olive oil and vinegar in a 3:1 ratio. How much of each do you need for {b} servings of {e} ml?",
]


math_prompts = word_problems(MATH_FORMS, MATH_NAMES)


LISTS = [
    "What are the pros and cons of living in a tiny house?",
    "make me a checklist for selling my car privately",
    "What should I pack for a week of tent camping with two kids under 8?",
    "give me 10 funny names for a sourdough starter",
    "List 7 things to avoid saying in a job interview.",
    "Give me 12 name ideas for a podcast about local history.",
    "Name 7 classic black-and-white films for someone who's never watched one.",
    "Make a checklist to run through before a 60-mile bike ride.",
    "Give me 8 names for a tavern in a fantasy tabletop campaign.",
    "What are the steps to start growing herbs on a small balcony?",
    "list 6 things you should never do when washing a wool jumper",
    "Give me 9 pub quiz team names that are actually funny.",
    "What questions should I ask before hiring a financial advisor? Give me 8.",
    "List 12 spices to buy for a basic spice rack.",
    "What are the steps to go from couch to running a 10k?",
    "Give me the pros and cons of freelance writing as a full-time job.",
    "List 10 themes for a year of book club meetings.",
    "name 8 cute names for a backyard flock of hens",
    "What should a new cyclist always carry on a ride?",
    "Make a checklist for hosting Thanksgiving dinner for the first time.",
    "List 6 tricks to make a small bedroom feel bigger.",
    "Give me 7 ideas for a low-key retirement gift for my boss.",
    "List 5 pros and 5 cons of studying abroad for a full year.",
    "List 8 things to buy before bringing home a new kitten.",
    "Name 10 easy card tricks or magic tricks a kid can learn.",
    "give me 12 name ideas for a vintage clothing shop",
    "list 10 road trip games for a car full of adults",
    "Give me 8 ways to use up leftover Christmas ham.",
    "List 9 things to do in the first hour after a power cut.",
    "list 10 things to do before putting my house on the market",
    "Give me 10 useful Italian phrases for ordering in restaurants.",
    "What are 8 things to look for when choosing a care home for a parent?",
    "List 6 red flags in a Facebook Marketplace listing for a used laptop.",
    "Give me 10 names for a D&D party made up entirely of bards.",
    "List 8 things to do in the final week before a marathon.",
    "give me 12 ideas for a staycation in my own city",
    "Make a checklist for closing up a lake cabin for the winter.",
    "List 9 theme ideas for a baby's first birthday party.",
    "List 8 ways to keep kids busy during a long airport layover.",
    "List 6 things a home inspection often misses.",
]


WRITING = [
    "Write an email to our kids' swim school, Splash Academy, disputing a $60 late fee on my March invoice. I paid on March 1 and I have the bank confirmation.",
    "Draft a welcome email introducing Carla Mendes, our new data engineer who starts Monday. She spent five years doing analytics for wind farms. Remind everyone to say hi at the 10 am standup.",
    "write an email to my landlord asking if i can paint the living room a light sage green, i'll paint it back to white before i move out if he wants",
    "Draft an email to the organizers of DevSummit Lisbon asking if I can swap my workshop slot from Thursday morning to Friday afternoon, because my airline changed my flight.",
    "Write a follow-up email to a potential client, Harbor Street Dental, about the website redesign proposal I sent two weeks ago. I don't want to sound pushy.",
    "Write an email politely turning down a job offer from Brightwave Logistics. I've accepted another role, but I liked the team and want to stay in touch.",
    "Write an email to my neighbors on Willow Lane asking if they want to split the cost of a $380 dumpster rental for a spring clear-out weekend, April 26 and 27.",
    "text to my sister asking if she can take mom to her cataract surgery on the 19th because i got called into work, and say i'll do the follow-up visit instead",
    "write a message for my running club's group chat asking if anyone wants to split an airbnb for the chicago marathon in october",
    "Write a short Slack message to my team saying I'll be offline Thursday afternoon for my son's school play, and that Omar will handle any urgent client calls.",
    "Write an apology to a customer whose birthday cake we iced with the wrong name, 'Happy 40th Marcy' instead of 'Darcy'. Offer a full refund and a free cake for her next celebration.",
    "write an apology text to my friend tom, i completely forgot his gig last night after promising i'd be there and i feel awful",
    "Write an email to the parents in my Scout troop apologizing that Saturday's camping trip was cut short when the campsite flooded, and explain that the $35 fee will be refunded by Friday.",
    "My parents met at a roller rink in Ohio in 1984 and still argue about which one of them fell over first. Write a toast I can give at their anniversary dinner.",
    "I've been named Volunteer of the Year at our food bank. I've sorted donations every Tuesday for six years. Write a short acceptance speech that thanks the rest of the Tuesday crew.",
    "Write a valedictorian speech for a graduating class of 212 in a small mining town in Nevada. Our football team lost every game this year and we're weirdly proud of it.",
    "write a quick toast for my little brother's 21st, he's an engineering student who once set our garage on fire building a potato cannon",
    "Write a two-minute welcome speech for opening night of the first Riverton Jazz Festival, thanking our sponsors, Riverton Credit Union and Mason's Hardware.",
    "Write the About section for my LinkedIn. I'm a hospital pharmacist with 12 years of experience, moving into clinical informatics, and I care a lot about medication safety.",
    "Write a 50-word bio for a conference program for Dr. Lucia Ferreira, a marine biologist in Monterey who studies how octopuses solve puzzles.",
    "write a dating profile bio for me: 31, ER nurse, love bouldering and terrible horror movies, have a very spoiled rabbit named Waffles",
    "Write a cover letter for a library assistant job at Eastfield Public Library. I've been a stay-at-home parent for eight years, and before that I managed a bookstore.",
    "Write a cover letter for an air traffic control trainee program. I have a physics degree and a private pilot's license, and I was a lifeguard for four summers.",
    "Write a cover letter for a museum education officer role at the Hartwell Science Museum. I taught middle school science for six years and ran the school's robotics club.",
    "Write a product description for a hand-forged carbon steel chef's knife with an 8-inch blade and a walnut handle, made by a two-person workshop in Sheffield.",
    "Write an Etsy listing for knitted baby booties in five colors, sizes 0-3 and 3-6 months, that I make in Vermont from local sheep's wool.",
    "write a short blurb for our hot sauce for the farmers market table, it's called Volcano Mango, medium heat, habaneros and ataulfo mangoes",
    "Write a product description for a solar camping lantern that also charges phones. It gives 300 lumens, folds flat and is waterproof.",
    "Write a poem from the point of view of the last pay phone left on a busy city street.",
    "Write a limerick about a cat who ignores her new $200 bed and sleeps in the cardboard box it came in.",
    "Write a short rhyming note to tuck into my daughter's backpack on her first day of kindergarten. Her name is Zoe and she's obsessed with dinosaurs.",
    "write a poem about riding the subway at 6am, kind of melancholy but hopeful at the end",
    "Write a ballad about the 1925 serum run to Nome and the sled dogs who carried the medicine.",
    "Write a short story about an elderly woman entering her giant marrow in the village show for the last time, against the rival who has beaten her nine years running.",
    "Write a 200-word story about a stray dog that rides the same city bus every morning until the driver works out where it's going.",
    "Write a bedtime story for a 3-year-old about a sleepy hedgehog who can't find a quiet place to hibernate.",
    "Write a spooky short story about a hotel elevator that stops at a floor that isn't supposed to exist.",
    "Write the opening scene of a romantic comedy where two rival food-truck owners are forced to share the last parking spot at a music festival.",
    "tell me a dentist joke a kid would get",
    "Write three dad jokes about gardening for my father's 70th birthday card. He grows prize tomatoes.",
    "Give me a short, clean joke to open my best man speech about the groom always being late.",
    "Write an Instagram caption for a photo of our team after finishing a 100-mile charity bike ride for the children's hospital. We raised $14,200.",
    "caption for a pic of my dog wearing a party hat on his 10th birthday",
    "Give me three caption options for a LinkedIn post with a photo of me holding my CPA certificate. I passed on my second try.",
    "Write a complaint to Greenway Rail. My 8:05 train from Leeds to London was cancelled, I was stuck at the station for three hours and missed a job interview. I want compensation.",
    "Write a complaint to my phone company. They charged me $186 in roaming fees on a trip to Canada even though I'd paid for their $10-a-day international pass.",
    "write a complaint to the council about the streetlight outside 14 Harcourt Road, it's been flickering on and off all night for two months and i can't sleep",
    "Write a 4-star review for a dog groomer called Pawfect Cuts. They did a lovely job with my very nervous poodle, Biscuit, but we waited 40 minutes past our appointment time.",
    "Write a review of a pasta-making class at Nonna's Table. The teacher, Giulia, was funny and patient and the tiramisu was amazing, but 18 people was too many for the space.",
    "write a 1-star review for a phone case that said 'military grade protection' and cracked the first time i dropped it",
    "Write a thank-you card to the surgical team at Mercy General who did my father's triple bypass in February. He's now walking two miles a day.",
    "Write a thank-you card for my piano teacher, Mrs. Lindqvist, after ten years of lessons. I'm leaving for college in August.",
    "write a thank you note to my coworkers for the surprise baby shower, they got us a stroller and a year's worth of diapers and i cried",
    "Give me 5 slogans for our city's Bike to Work Week.",
    "need a slogan for my bike repair van, it's called Spoke Doctor and i come to people's houses",
    "Write a slogan and a short radio jingle for Tony's, a family pizza place that's been open in the same spot since 1972.",
    "Write a welcome note for the guestbook of our lake cabin rental. Mention the Wi-Fi password is on the fridge, checkout is 11 am, and please lock the boathouse.",
    "Write a letter to my future self to open in ten years. I'm 18 and about to move to Seattle to start nursing school, and I'm scared and excited.",
    "write an invite for a friendsgiving potluck at my place, nov 22 at 6pm, everyone should sign up for a dish in the google doc so we don't get 5 mac and cheeses",
    "Write a resignation letter to my manager, Dana, from my barista job at Brew & Co. My last day is May 30, and I'm grateful she worked around my class schedule for three years.",
]


SUMMARY = [
    ("tl;dr? this is about my town\n\n"
     "HALSTEAD — Residents of Halstead will be able to borrow a pressure washer, a sewing machine or a carpet cleaner as easily as a paperback from next month, when the town's library opens what it calls a \"Library of Things\" in its former reading room.\n\n"
     "The scheme, funded by a £38,000 grant from the Coalbridge Community Trust, will start with 120 items, chosen after a survey of 900 residents last autumn. Power tools, camping gear, a projector and screen, and a set of cake tins shaped like numbers were among the most requested.\n\n"
     "Items can be borrowed for up to a week with a standard library card. There is no deposit, but a fee of between £1 and £5 applies to larger items to cover servicing and safety checks. Everything will be tested by volunteers from the Halstead Men's Shed before it goes back on the shelf.\n\n"
     "Library manager Caroline Ashworth said the idea came from watching neighbours buy expensive tools they used once. \"The average drill is used for about thirteen minutes in its whole life,\" she said. \"It makes far more sense for a town to own one and share it.\"\n\n"
     "The library says the scheme will also cut waste. Similar projects in Bristol and Frome have lent out more than 15,000 items between them since 2019.\n\n"
     "Not everyone is convinced. Gary Doyle, who has run Doyle's Hardware on the High Street for 22 years, said he was worried about losing hire business, though he added that he would \"wait and see.\"\n\n"
     "The Library of Things opens on Saturday 8 March, with a launch event from 10 am to 1 pm. Items can be reserved online from 1 March."),
    ("FOR IMMEDIATE RELEASE\n\n"
     "Northcrest Air to Launch Daily Service Between Inverness and Bergen\n\n"
     "INVERNESS, 14 January — Northcrest Air, the regional airline based at Inverness Airport, will begin flying daily between Inverness and Bergen, Norway, on 2 May, the company announced today. It will be the first direct scheduled link between the Scottish Highlands and Norway in more than fifteen years.\n\n"
     "Flights will use the airline's 70-seat ATR 72 turboprops and take about one hour and forty minutes. The morning departure from Inverness is scheduled for 07:50, arriving in Bergen at 10:30 local time, with the return flight leaving Bergen at 11:15. Introductory one-way fares start at £69, including a 15 kg checked bag.\n\n"
     "Chief executive Fiona MacRae said the route was aimed at both tourists and the energy industry. \"Many of our passengers work offshore or in renewables, and Bergen is at the heart of that industry. At the same time, we expect strong demand from Norwegians who want to explore the Highlands, and from Scots heading to the fjords.\"\n\n"
     "To make room in its schedule, Northcrest will reduce its Inverness–Belfast service from twice daily to once daily from the same date. Passengers already booked on cancelled Belfast flights will be contacted by 31 January and offered a free change or a full refund.\n\n"
     "The airline expects to carry around 40,000 passengers on the Bergen route in its first year and will create twelve new jobs, including cabin crew and ground staff based in Inverness.\n\n"
     "Tickets go on sale on 20 January at northcrestair.co.uk.\n\n"
     "ENDS\n\n"
     "Can you turn this into 3 bullet points for our travel agency's team chat?"),
    ("what are the key points here, and is there anything I actually have to do?\n\n"
     "Subject: Lift replacement at Carrow House — 3 March to 11 April\n\n"
     "Dear residents,\n\n"
     "I'm writing to give you advance notice that the lift in Carrow House will be out of service from Monday 3 March to Friday 11 April while it is replaced. The current lift is 31 years old, and the engineers' report in November found that its motor and control panel are near the end of their life. Replacing them now is much cheaper than repairing repeated breakdowns.\n\n"
     "We know this will be difficult, especially for residents on the upper floors, so we have arranged the following:\n\n"
     "- A porter will be available from 8 am to 6 pm on weekdays and 10 am to 2 pm on Saturdays to carry shopping and parcels up to your flat. Please ring the concierge desk on 0161 496 0732 to book.\n- Residents with mobility problems can ask to move into one of two furnished ground-floor flats while the work is done. These will be offered in order of need, so please contact me by 7 February if you would like to be considered.\n- Couriers will be asked to leave deliveries at the concierge desk.\n\n"
     "The work will be done by Pennine Lift Services. They will work from 8 am to 5 pm, Monday to Friday, and there will be some noise on the ground floor and the top (eighth) floor, where the motor room is.\n\n"
     "The cost of the work, £96,000, will come from the building's reserve fund, so there will be no extra charge to leaseholders.\n\n"
     "If you have any questions, please don't hesitate to get in touch.\n\n"
     "Best wishes,\nAyesha Rahman\nBuilding Manager, Carrow House"),
    ("Pull out the decisions and the action items from these notes, with names.\n\n"
     "Larkspur Youth Theatre — Trustees' Meeting\nWednesday 22 October, 7:30 pm, rehearsal room\nPresent: Bridget Kaur (chair), Owen Pryce (treasurer), Nina Castellano, Dev Mallick, Helen Ogundipe (artistic director)\nApologies: Tom Verity\n\n"
     "1. Spring production\nHelen proposed The Wind in the Willows for the spring show, with performances on 27–29 March. It suits the current group of 42 members aged 8 to 17 and has plenty of small parts. Agreed unanimously. Auditions will be held on 15 and 16 November.\n\n"
     "2. Finances\nOwen reported a balance of £11,240. The summer show made a profit of £1,870, but the hall rent is going up from £35 to £48 an hour in January. Members' fees will stay at £60 a term for now, but the board will review them in April. Owen will apply to the Marsh Foundation for a £3,000 grant towards costumes and lighting by 30 November.\n\n"
     "3. Safeguarding\nNina reminded everyone that three volunteers' background checks expire before Christmas. Nina will chase them this week. The updated safeguarding policy was approved.\n\n"
     "4. Bursaries\nDev suggested offering four free places a year for families who can't afford the fees. Agreed in principle; Dev will draft simple criteria for the next meeting.\n\n"
     "5. Any other business\nThe old lighting desk has failed twice this term. Helen will get quotes for a second-hand replacement, with a limit of £800.\n\n"
     "Next meeting: Wednesday 10 December, 7:30 pm."),
    ("How We Paid Off £23,400 of Debt in 26 Months (Without Eating Beans Every Night)\n\n"
     "Two years ago, my husband Callum and I sat down at the kitchen table with every statement we had and added it all up: two credit cards, a car loan and an overdraft we'd stopped noticing. The total was £23,400. I felt sick.\n\n"
     "We didn't win the lottery or start a side business selling candles. Here's what actually worked for us.\n\n"
     "First, we listed every debt from smallest to largest and paid the minimum on everything except the smallest one, which got every spare penny. When that was gone, its payment rolled onto the next. People call it the snowball method. Paying off the highest interest first saves more money on paper, but for us the quick wins kept us going.\n\n"
     "Second, we tracked every single purchase for three months. It was boring and a bit embarrassing. We found we were spending £310 a month on takeaways and coffees, and £64 on subscriptions we'd forgotten about. We cut the takeaways to once a week and cancelled five of the seven subscriptions.\n\n"
     "Third, we sold things. The second car went (£4,100), along with a sofa, a cross-trainer we'd been using as a clothes rack, and about forty books. Callum now cycles to work.\n\n"
     "Fourth, we gave ourselves £40 each a month to spend on anything, no questions asked. That was the thing that stopped us giving up.\n\n"
     "It took 26 months. The last payment went out on a rainy Tuesday in March, and we celebrated with, yes, a takeaway.\n\n"
     "If you're at the beginning, start by writing down the number. Not knowing is scarier.\n\n"
     "sum this up in a few sentences for me"),
    ("should i buy this kettle? short answer based on the review\n\n"
     "Review: Aldwin TempPro variable temperature kettle, 1.7 L (£64.99)\n\n"
     "I drink a lot of green tea, and I'd got tired of it tasting bitter because I was pouring boiling water on it, so I've been using the TempPro for about three months.\n\n"
     "The main feature is the temperature control. There are six presets on the handle — 40, 70, 80, 85, 90 and 100°C — and a \"keep warm\" button that holds the water at your chosen temperature for 30 minutes. I checked it with a cooking thermometer and it was within two degrees every time. My green tea at 80°C is noticeably smoother, and the 40°C setting is handy for baby formula, according to my sister.\n\n"
     "It's fast: a full jug boils in about three and a half minutes, and one cup in under a minute. It's also quieter than my old kettle, although the beep when it's done is loud and can't be turned off, which matters if you get up before everyone else.\n\n"
     "There are downsides. The buttons are on the handle, so you have to lift the kettle off the base to see which preset you've picked, and the little lights are hard to read in daylight. The minimum fill is 500 ml, which is more than one mug. And after three months there's already limescale around the water window, though I live in a hard-water area.\n\n"
     "Overall, if you drink tea or coffee that needs a specific temperature, it's a real improvement and fair value. If you just want boiling water, a £20 kettle will do the same job.\n\n"
     "Rating: 4/5"),
    ("I just want the short version: what do I need to buy, how long does it take, and what are the two rules?\n\n"
     "My Lola's Chicken Adobo\n\n"
     "Every Filipino family thinks their adobo is the right one, and every family is correct. This is my grandmother Lourdes's version, the one she made in a dented aluminium pot in her kitchen in Batangas and later, after she moved in with us in San Diego, every Sunday for eleven years.\n\n"
     "Adobo isn't really a recipe so much as a method: you braise meat in vinegar, soy sauce, garlic, bay leaves and black peppercorns until it's tender and the sauce has cooked down to something dark and glossy. Lola used chicken thighs, always with the bone in and the skin on, because she said breast meat \"has no opinions.\"\n\n"
     "You'll need about 1 kg of chicken thighs, half a cup of cane or white vinegar, a third of a cup of soy sauce, a whole head of garlic, three or four bay leaves, a teaspoon of whole peppercorns and a spoonful of brown sugar. That's it. No onions, no ginger, no matter what your friend from Cebu tells you.\n\n"
     "She was strict about two things. First, once the vinegar goes in, don't stir until it has boiled for a few minutes, or it will taste sharp and raw. Second, at the end, take the chicken out and brown it in a hot pan so the skin crisps, then pour the reduced sauce back over.\n\n"
     "Start to finish it takes about an hour, most of it simmering while you do something else. It's even better the next day, which is why she always made double.\n\n"
     "Serve it with plenty of steamed white rice."),
    ("explain this to my 9 year old, he asked how his headphones work\n\n"
     "How Noise-Cancelling Headphones Work\n\n"
     "Sound is a wave of pressure travelling through the air. When a bus rumbles past, it pushes air molecules together and pulls them apart many times a second, and your eardrum moves in and out in time with those changes. That movement is what your brain hears as sound.\n\n"
     "Noise-cancelling headphones use a neat trick: they fight sound with more sound. Each ear cup has one or more tiny microphones that constantly listen to the noise around you. A small chip inside the headphones analyses that noise and, in a fraction of a millisecond, creates a new sound wave that is its exact mirror image. Where the original wave pushes, the new one pulls, and the other way round.\n\n"
     "When the two waves meet, they cancel each other out. This is called destructive interference. What reaches your ear is much quieter than the original noise, while your music plays normally on top.\n\n"
     "The trick works best on steady, low-pitched sounds, like the hum of an aeroplane engine, an air conditioner or traffic, because these are easy to predict. Sudden or high-pitched sounds, like a baby crying or someone talking next to you, change too quickly for the chip to keep up. That's why the padding of the ear cups still matters: it blocks higher sounds the old-fashioned way, just by getting in the way.\n\n"
     "Some people feel a slight pressure in their ears when noise cancelling is switched on, a bit like being on a plane. It's harmless, and most people stop noticing it after a few days."),
    ("Brookfield Community High School — Parent Bulletin, 9 May\n\n"
     "Dear parents and carers,\n\n"
     "Year 11 exams\nGCSE exams begin on Monday 12 May. Students must arrive by 8:35 am for morning papers and bring a clear pencil case. Phones and smartwatches must be handed in before entering the exam hall; any student found with one, even switched off, may be disqualified from that paper. Revision sessions continue after school every Tuesday and Thursday until half term.\n\n"
     "Sports day\nYears 7 to 10 will have sports day on Friday 23 May at Parkside Athletics Track. Students should come to school in PE kit, with a packed lunch, a water bottle, sun cream and a hat. Coaches leave at 9:00 am and return by 3:15 pm, so the normal finish time is unchanged.\n\n"
     "New lunch payment system\nFrom 2 June we are moving from cash top-ups to an online payment system called SchoolPay. You will receive a letter with your login details next week. Cash will no longer be accepted in the canteen after 30 May.\n\n"
     "Summer concert\nOur music department's summer concert is on Wednesday 18 June at 7 pm in the main hall. Tickets are £4 for adults and free for children, available from the school office.\n\n"
     "Lost property\nWe have over 60 unnamed jumpers in lost property. Anything not collected by Friday 30 May will be given to the uniform exchange. Please label everything.\n\n"
     "Have a lovely weekend,\nMrs Julia Fenwick\nHeadteacher\n\n"
     "ok which dates do i need to put in the calendar from this? my son is in year 9"),
    ("Summarise this notice in plain English. Can I still water my vegetables?\n\n"
     "Temporary Use Ban (Hosepipe Ban) — Notice from Wessex Vale Water\n\n"
     "Following the driest spring in our region since 1976, reservoir levels have fallen to 58% of capacity, compared with 84% at this time last year. To protect supplies for essential use, we are introducing a Temporary Use Ban from 00:01 on Friday 11 July until further notice.\n\n"
     "What you cannot do during the ban\n- Use a hosepipe to water a garden, including lawns, flower beds and vegetable patches\n- Use a hosepipe to clean a car, boat, patio, path or the walls or windows of a house\n- Fill or top up a paddling pool, swimming pool or hot tub\n- Fill or top up a domestic pond or ornamental fountain (except ponds containing fish)\n\n"
     "What you can still do\nYou can water your garden using a watering can or buckets, and you can use water from a water butt or recycled bath water with a hose. You can wash your car using a bucket and sponge. Commercial car washes are not affected.\n\n"
     "Exemptions\nBlue Badge holders and customers registered on our Priority Services Register may continue to use a hosepipe to water their gardens. Businesses that use water as part of their trade, such as garden centres and nurseries, are also exempt.\n\n"
     "Penalties\nAnyone breaking the ban could be fined up to £1,000. In practice, we will write to customers first and only take further action in repeated cases.\n\n"
     "We know this is inconvenient, and we are grateful for your help. Meanwhile, we are fixing an average of 1,200 leaks a week across our network. For more information, visit wessexvalewater.co.uk/tub or call 0345 600 1290."),
    ("I work in an aquarium shop and a customer sent me this. What's her problem in a nutshell, and what has she already tried?\n\n"
     "Title: Cloudy water in new 60 L tank won't clear — 3 weeks in, losing my mind\n\n"
     "Hi all, first tank here so please be gentle.\n\n"
     "I set up a 60-litre planted tank three and a half weeks ago with aquarium soil, some driftwood, about ten plants and an internal filter rated for 100 litres. I used a dechlorinator and added a bottle of \"bacteria starter\" from the shop on day one. After about a week I added six neon tetras and two nerite snails, because the shop said that was fine.\n\n"
     "Around day ten, the water went milky white. It's not green, just hazy, like someone put a drop of milk in. I did a 30% water change and it cleared for about a day, then came straight back. Since then I've done two more water changes, rinsed the filter sponge in tap water (I've since read that was a mistake), and cut feeding down to once every other day.\n\n"
     "My test kit readings this morning: ammonia 0.5 ppm, nitrite 0.25 ppm, nitrate 5 ppm, pH 7.2, temperature 25°C. The fish seem okay, they're eating and swimming normally, but one tetra hides a lot.\n\n"
     "The shop now wants to sell me a clarifier and a UV steriliser for about £70. Before I spend more money, is that actually the fix? Or should I just wait it out? Are my fish in danger with those ammonia numbers?\n\n"
     "Any advice appreciated, I really don't want to lose them.\n\n"
     "Thanks, Ellie"),
    ("Who's in this scene and what's going on between them? I'm writing a book report.\n\n"
     "The bell over the door had been broken for years, so Mr Abernethy never heard customers come in. He heard the clocks instead. Sixty-three of them, on the walls and shelves and the long glass counter, each ticking at its own slightly wrong speed, so that the shop sounded like rain on a tin roof.\n\n"
     "Nadia let herself in with her own key at half past four, the way she had every weekday since she was eleven. Her grandfather was bent over the workbench under the green lamp, a loupe screwed into his eye, tweezers lifting something smaller than an eyelash.\n\n"
     "\"You're late,\" he said, without looking up.\n\n"
     "\"The bus was late.\" She dropped her school bag on the stool. \"Mum says the man from the estate agent phoned again.\"\n\n"
     "The tweezers stopped. For a moment only the clocks spoke.\n\n"
     "\"Your mother,\" he said carefully, \"is very good at passing on messages.\"\n\n"
     "\"She says the offer's gone up. She says you could get a flat near us, with a lift, and you wouldn't have to climb the stairs every night.\"\n\n"
     "\"I like the stairs.\"\n\n"
     "Nadia looked at the wall behind him, where the big walnut regulator had hung for forty years. It had stopped at ten past two. She had never once seen it stopped.\n\n"
     "\"Grandad. The regulator.\"\n\n"
     "He didn't turn around. He set the tweezers down very gently on the cloth, the way you would put down something that might break, and took the loupe from his eye.\n\n"
     "\"I know,\" he said. \"I stopped it this morning. I wanted to hear how quiet it would be.\""),
    ("Beavers Cut Flood Peaks on Devon Stream, Five-Year Study Finds\n\n"
     "A family of beavers released on a small stream in east Devon has cut the height of flood peaks downstream by nearly a third, according to a five-year study published this week by researchers at the University of Exeter and the Devon Wildlife Trust.\n\n"
     "The beavers were introduced into a fenced 3-hectare site on Ottery Brook in 2019. Since then they have built 14 dams, creating a chain of ponds that hold back about 1.2 million litres of water. During heavy rain, those ponds fill and release the water slowly, rather than letting it rush downstream all at once.\n\n"
     "Measuring water flow above and below the site during 46 storms, the researchers found that peak flows below the dams were on average 30% lower than above them. The effect was strongest in the kind of short, heavy summer downpours that have repeatedly flooded the village of Fenny Bridges, 2 km downstream.\n\n"
     "\"The beavers have done, for free, what would have cost hundreds of thousands of pounds in flood defences,\" said lead author Dr Priya Anand. The ponds also trapped around 70 tonnes of silt and soil that would otherwise have washed into the river, and the number of frog and toad species on the site has risen from two to five.\n\n"
     "Not everyone welcomes the animals. Local farmer Martin Colley said beaver dams on a neighbouring stream had flooded part of one of his fields twice last winter. The Trust says its management plan allows problem dams to be lowered or removed.\n\n"
     "The government is expected to decide later this year whether to allow more wild releases in England.\n\n"
     "tl;dr in one sentence?"),
    ("What does this mean for me if I grab a coffee there every morning on the way to work? Key points only.\n\n"
     "Grindhouse Coffee Says Goodbye to Disposable Cups\n\n"
     "From Monday 1 September, all 46 Grindhouse Coffee shops across the North West will stop using single-use takeaway cups. In their place we're introducing Loop, a deposit scheme for reusable cups.\n\n"
     "Here's how it works. When you order a takeaway drink, you'll pay a £1 deposit for a sturdy Loop cup, made from recycled polypropylene and designed to last at least 500 uses. When you're done, return it to any Grindhouse shop, or to one of the 30 Loop drop-off points at train stations and libraries in Manchester and Liverpool, and your £1 comes back to you, either in cash or straight to your Grindhouse app. Returned cups are washed at 85°C in our central facility and sent back out.\n\n"
     "If you bring your own clean cup, you'll still get 25p off every drink, just as now. Drinks to have in will continue to be served in our ceramic mugs.\n\n"
     "Why are we doing this? Last year Grindhouse shops used 3.1 million disposable cups. Although they were labelled recyclable, we found that fewer than one in ten actually got recycled, because of the plastic lining. We think that's not good enough.\n\n"
     "We know some of you will find this a hassle at first, so for the first month the Loop cup is on us: no deposit, and no charge if you don't return it.\n\n"
     "\"We'd rather be a bit inconvenient than keep sending millions of cups to landfill,\" said founder Kemi Adebayo.\n\n"
     "Questions? Visit grindhouse.coffee/loop or ask any of our baristas."),
    ("Subject: Under-11s — Weston Cup tournament, Sunday 15 June\n\n"
     "Hi parents,\n\n"
     "Great news — we've been accepted into the Weston Cup, a one-day tournament for under-11 teams at Weston Park Playing Fields on Sunday 15 June. Sixteen teams from across the county are taking part, and the kids are really excited.\n\n"
     "Here's what I need from you:\n\n"
     "1. Please confirm by this Friday, 30 May, whether your child can play. We need at least nine players to enter, and I have to send the final squad list on Monday.\n\n"
     "2. The entry fee is £120 for the team, which works out at £10 per player. Please pay it into the club account (sort code 20-45-77, account 60128893) with your child's name as the reference, or give cash to Rachel at training.\n\n"
     "3. We need two parent volunteers to help run the refreshment stand for an hour each, as that's how every team pays towards the prizes. Reply to this email if you can help.\n\n"
     "On the day, players need to arrive at 8:45 am for a 9:30 kick-off. Matches are 15 minutes each way and we'll play at least four of them, so please pack a big lunch, lots of water, a spare pair of socks, and shin pads. If it's hot, sun cream and a hat are essential. The final is due to finish around 3:30 pm.\n\n"
     "Parking is limited, so car-sharing would be a big help. There's a sign-up sheet in our group chat.\n\n"
     "Any questions, just give me a shout.\n\n"
     "Cheers,\nCoach Marcus Bell\nFairfield Juniors FC\n\n"
     "my son's football coach sent this. what exactly does he need from us, and what do i pack on the day?"),
    ("Product Team Weekly — Notes\nTuesday 4 March · Attendees: Lena Fischer (PM), Raj Patel, Sophie Turner, Kwame Asante, Mia Chen (design)\n\n"
     "Pricing page test\nThe A/B test of the new pricing page ran for three weeks with 18,400 visitors. Version B, which shows the annual price first and a \"most popular\" label on the Team plan, increased annual sign-ups by 11% but reduced monthly plan sign-ups by 6%. Overall revenue per visitor rose by about 4%. Decision: roll out version B to everyone from next Monday. Raj to do this.\n\n"
     "Onboarding emails\nSupport tickets from new users are up 20% since January, mostly about connecting calendars. Mia showed a draft of a new three-email onboarding sequence with short GIFs. The team liked it but thought three emails in the first 48 hours was too many. Decision: send them on day 1, day 3 and day 7. Sophie will write the copy by 14 March.\n\n"
     "Mobile app crash\nKwame reported that the Android app has been crashing for some users on Android 14 when they open the settings screen. It affects about 2% of Android users. A fix is ready and will go out in version 4.2.1 on Thursday.\n\n"
     "Q2 roadmap\nLena shared the draft roadmap. Top priorities are shared team calendars, a Slack integration and offline mode. Offline mode may slip to Q3 because the sync work is bigger than expected. Everyone to send comments to Lena by Friday.\n\n"
     "Next meeting: Tuesday 11 March, 10 am.\n\n"
     "i missed this meeting. what got decided, and is anything on me? i'm sophie"),
    ("what's the gist of this post? did they actually enjoy the trip?\n\n"
     "Three Days, Two Canoes and One Very Unimpressed Moose: Our First Trip in Algonquin\n\n"
     "Let me start by saying that none of us had ever done an overnight canoe trip before, which will become obvious.\n\n"
     "There were four of us: me, my sister Ana, and our friends Jess and Tomás. We rented two canoes from an outfitter near Canoe Lake, where a very patient man named Doug showed us how to portage — that is, carry the canoe over your head between lakes. He made it look easy. It is not easy.\n\n"
     "Day one went fine until the first portage, which was 1,100 metres of mud and roots. Tomás and I dropped the canoe twice and took almost an hour. By the time we reached our campsite on Joe Lake it was getting dark, and we discovered we'd left the tent poles in the car.\n\n"
     "We built a shelter out of the tent, a tarp and two paddles. It rained all night.\n\n"
     "Day two was honestly magical. The sun came out, the lake was like glass, and we saw loons, a beaver and, from a safe distance, a female moose with a calf, who made it very clear we should come no closer.\n\n"
     "On day three we got lost for two hours because we misread the map and paddled into the wrong bay.\n\n"
     "Would I do it again? Absolutely. But next time: pack the night before, check the tent bag, practise portaging at home, bring a waterproof map case, and maybe invite someone who has done this before."),
    ("I bought the Kiddo Connect 2 smartwatch (£89 plus a £6.50 monthly SIM) for my 8-year-old, Isla, because she's started walking home from school with friends and I wanted a way to reach her without giving her a phone.\n\n"
     "The good bits first. Setup took about 20 minutes through the parent app. You can add up to 15 approved contacts, and the watch can only call or receive calls from those numbers, which is exactly what I wanted. Call quality is clear, and the GPS location in the app was usually accurate to within about 20 metres, though indoors it sometimes put her in the house next door. There's a \"school mode\" that locks everything except the clock during lesson times, and her teacher was happy with that.\n\n"
     "Isla loves the camera and the step counter, and she's become weirdly competitive about her steps.\n\n"
     "Now the problems. The battery claims two days, but with location updates every ten minutes we get about a day and a half, so it needs charging every night. The charger is a magnetic clip that's easy to lose (we're on our second, at £9). The strap is stiff and gave her a slight rash at first, although a cheap silicone replacement fixed that.\n\n"
     "The biggest issue: twice in three months the watch lost its connection and showed her last location as two hours old, which gave me a real fright. The company's support replied within a day and said it was a network problem.\n\n"
     "Overall it's done the job. It's not perfect, but I feel better when she walks home.\n\n"
     "Does this reviewer recommend it? Give me the main pros and cons in a few lines."),
    ("can you put this in words my 6 year old would understand? she keeps asking why mummy cries when she cooks\n\n"
     "Why Do Onions Make You Cry?\n\n"
     "It isn't the onion's fault, exactly. It's chemistry, and a clever bit of self-defence.\n\n"
     "An onion stores sulphur compounds that it absorbs from the soil. As long as the onion is whole, these compounds sit quietly inside its cells, kept apart from an enzyme called alliinase. But when you slice an onion, you break open thousands of cells, and the enzyme and the sulphur compounds mix.\n\n"
     "That mixing sets off a quick chain of reactions. The last step is handled by a second enzyme, which produces a gas with a tongue-twister of a name: syn-propanethial-S-oxide. This gas floats up from the chopping board and reaches your eyes within about 30 seconds.\n\n"
     "When it touches the moist surface of your eye, it irritates the nerves there. Your brain responds the way it would to any irritant, by telling your tear glands to wash it away. So the tears are your body's way of flushing out the chemical.\n\n"
     "For the onion, the whole system is a defence against animals that might want to eat it. A mouthful of stinging chemicals is a strong hint to leave it alone.\n\n"
     "There are a few ways to cry less. A very sharp knife crushes fewer cells, so less gas is released. Chilling the onion in the fridge for half an hour slows the reactions down. Cutting near an extractor fan or an open window blows the gas away. And leaving the root end until last helps, because it has the highest concentration of the compounds.\n\n"
     "Wearing swimming goggles also works, though you may get some strange looks."),
    ("Give me the main points in 3 bullets.\n\n"
     "Little Acorns Nursery — News for Families, March\n\n"
     "Hello everyone!\n\n"
     "Spring is finally here, and the children have been busy planting sunflower seeds in the garden. Each child will bring a sunflower home in a pot before Easter, and we'll have a tallest-sunflower competition in July, so please keep them watered!\n\n"
     "Head lice\nWe've had several cases of head lice in the Squirrels room this week. Please check your child's hair with a nit comb over the weekend, and if you find any lice, treat them before your child comes back. There's no need to keep them at home once treatment has started.\n\n"
     "Pyjama Day — Friday 21 March\nChildren are welcome to come in their pyjamas for our Pyjama Day, raising money for Children in Need. We ask for a donation of £1. There will be a teddy bears' picnic in the afternoon, so your child can bring one soft toy, clearly labelled with their name.\n\n"
     "Staff news\nWe're sad to say goodbye to Miss Sandra, who is retiring after 19 years at Little Acorns. Her last day is 28 March. There's a card in the entrance if you'd like to sign it. We're pleased to welcome Mr Leo Barnes, who joins the Hedgehogs room on 24 March.\n\n"
     "Easter closing\nThe nursery will be closed from Friday 18 April to Monday 21 April inclusive. We reopen on Tuesday 22 April.\n\n"
     "Spare clothes\nWith all the muddy play in the garden, please make sure your child has a full set of spare clothes, including socks, in their bag every day.\n\n"
     "Thank you,\nKaren Whitlow, Nursery Manager"),
    ("Changes to Residents' Parking Permits in the Eastfield Zone\n\n"
     "From 1 October, Marbury City Council is changing how residents' parking permits work in the Eastfield controlled parking zone (Zone E). The changes were approved by the council's transport committee in June after a public consultation that received 1,430 responses.\n\n"
     "What's changing\n1. Permit prices will depend on your vehicle's emissions. Electric vehicles will pay £30 a year. Petrol and diesel cars will pay between £80 and £220 a year, depending on their CO2 band. At the moment, every permit costs £95.\n2. Each household can have a maximum of two permits, down from three. Households that currently hold three may keep the third until it expires.\n3. Visitor permits will move from paper scratch cards to a mobile app called ParkMarbury. Residents get 60 free visitor hours a year, and extra hours cost 50p each. Scratch cards bought before 1 October stay valid until 31 March next year.\n4. Controlled hours will be extended to 8 am to 8 pm, Monday to Saturday (currently 9 am to 6 pm, Monday to Friday), because of evening demand near the new Eastfield Arena.\n\n"
     "What you need to do\nYou'll get a reminder email four weeks before your permit expires, and the new price will apply when you renew. You don't need to do anything before then.\n\n"
     "Blue Badge holders and their carers will continue to receive one permit free of charge.\n\n"
     "If you don't have a smartphone, you can book visitor hours by calling 0300 555 0145, or in person at the Marbury Customer Service Centre.\n\n"
     "Full details and the new price bands are at marbury.gov.uk/zone-e.\n\n"
     "I live in Zone E, drive a petrol car and have family over a lot. What's changing for me? Quick summary please."),
    ("Title: Take a £9k pay cut for a fully remote job? (UK, 34, two kids)\n\n"
     "Looking for some outside opinions because my partner and I keep going round in circles.\n\n"
     "I'm currently a senior analyst at an insurance company in Birmingham, on £52,000 plus a 10% bonus most years. It's a decent job and my team are nice, but since last year we've been required in the office four days a week. The commute is 70 minutes each way by train, and the season ticket is £3,800 a year, which I pay myself. I leave before the kids wake up and get home after they've eaten.\n\n"
     "Last week I was offered a data analyst role at a smaller software company, fully remote, for £43,000 with no bonus. The work sounds more interesting, and they offer four weeks of \"work from anywhere\" a year. They've been around for eight years and seem stable, but they're a lot smaller (about 120 people), and I'd lose my current pension, which is pretty generous.\n\n"
     "On paper I'd be worse off by about £14k a year once you count the bonus, but I'd save the £3,800 train fare and roughly 11 hours a week. We could probably also cut back on after-school club (about £260 a month).\n\n"
     "My worry is that this is a step down in title and I'd struggle to get back to \"senior\" later. My partner thinks I'm overthinking it and should just take it.\n\n"
     "Has anyone made a similar move? Did you regret it?\n\n"
     "can you boil this down? what are the main reasons for and against, as the poster sees them"),
    ("Summarize what happens in this passage in a few sentences.\n\n"
     "The cow had been standing in the middle of the church car park since dawn, and by nine o'clock half of Ludworth had come to look at it.\n\n"
     "\"It's not one of mine,\" said Bryn Howells, for the fourth time. He was the only farmer in the village who still kept cattle, so everyone had looked at him first. \"Mine are Welsh Blacks. That's a Jersey. Look at the eyes on it.\"\n\n"
     "The cow did have beautiful eyes, huge and brown, with lashes like a film star's. It was chewing slowly and watching the crowd with polite interest.\n\n"
     "Sergeant Delyth Morgan, who had been called away from her breakfast, walked around it twice. There was no ear tag, which was odd. There was a clean, bright red collar, which was odder. And on the collar, on a little brass disc, someone had engraved a single word: SORRY.\n\n"
     "\"Sorry for what?\" said the vicar.\n\n"
     "\"Sorry for leaving a cow in your car park, I'd imagine,\" said Delyth, though she didn't believe it. Nobody engraves a disc to apologise for a cow.\n\n"
     "She crouched down. The hooves were clean. Too clean for an animal that had walked any distance along the lanes after last night's rain. It had come in a trailer, then, and someone had backed that trailer up a narrow lane past eleven sleeping houses without waking a single dog.\n\n"
     "Delyth straightened up and looked at the church. The side door, the one to the vestry, was standing a few inches open.\n\n"
     "\"Reverend,\" she said quietly, \"did you leave that door unlocked last night?\"\n\n"
     "The vicar went very pale."),
    ("My grandad knew her from the village. Can you summarise this obituary so I can tell him the main things?\n\n"
     "Margaret \"Peggy\" Thornbury, 1931–2025\n\n"
     "Peggy Thornbury, who ran the Thornbury Bakery on Mill Lane in Ashcombe for almost half a century and was known to generations of schoolchildren as \"the bun lady\", has died at the age of 93.\n\n"
     "Born in Leeds in 1931, Peggy moved to Ashcombe in 1953 after marrying Frank Thornbury, a baker's son she met at a dance in Harrogate. The couple took over his parents' bakery in 1958. Frank made the bread; Peggy made everything else, including the iced buns she sold to children for a penny, and later ten pence, well into the 1990s, long after she was making a loss on them.\n\n"
     "When Frank died suddenly in 1977, friends expected Peggy to sell up. Instead, she learned to make bread herself, getting up at 3:30 am six days a week, and ran the bakery alone for another 27 years. She retired in 2004, handing the business to her former apprentice, Dean Walsh, who still runs it today.\n\n"
     "Peggy was a founding member of the Ashcombe Flower Show, a parish councillor for 12 years and a fierce campaigner for the village school, which she helped save from closure in 1989. In 2010 she received the British Empire Medal for services to the community.\n\n"
     "She is remembered as generous, sharp-tongued and very funny. \"She would tell you exactly what she thought of your haircut, then give you a free doughnut,\" said Dean.\n\n"
     "Peggy is survived by her daughter, Linda, two grandsons and four great-grandchildren. Her funeral will be held at St Michael's Church, Ashcombe, at 11 am on Thursday 6 March."),
    ("can you give me the key points from this handover email? i'm taking over tomorrow and i've never worked on this client\n\n"
     "Subject: Handover — Henley account while I'm on leave\n\n"
     "Hi Sam,\n\n"
     "Thanks again for covering the Henley Homes account while I'm off. I'm out from Friday 7 June and back on Monday 1 July. Here's where everything stands.\n\n"
     "Spring campaign\nThe \"Move Up to Henley\" adverts finished on 31 May. The final report is nearly done; it's in the shared drive under Henley > Reports > Spring. It just needs last week's click figures, which should update by Tuesday. Please send it to Olivia Grant, their marketing manager, by Thursday 13 June. She's friendly but likes things on time.\n\n"
     "Summer open days\nHenley are holding open days at their new Maple Fields development on 22 and 23 June. We're doing the social media posts and a local radio advert. The radio script has been approved, and the advert is booked on Heart West from 15 June. The social posts are drafted but still need Olivia's sign-off; I sent them last Wednesday and chased on Monday. If you haven't heard by 12 June, call her rather than emailing. Her number is in the contact sheet.\n\n"
     "Budget\nWe've used £18,200 of the £25,000 quarterly budget. Don't approve anything over £1,000 without checking with Nathan.\n\n"
     "One warning\nHenley's finance team paid our April invoice late. Nathan knows, so don't worry about chasing it.\n\n"
     "If anything's on fire, you can message me, but I'll be in rural Portugal with patchy signal, so I might not see it for a day or two.\n\n"
     "Thanks so much,\nPriya"),
    ("What are the key points? I need them for my year 8 science homework.\n\n"
     "How Do Geckos Walk on Ceilings?\n\n"
     "A gecko can run straight up a pane of glass and hang upside down from a ceiling by a single toe. For a long time, scientists weren't sure how. Geckos don't have suction cups, their feet aren't sticky to touch, and they leave no glue behind.\n\n"
     "The answer is hidden in their toes, and you need a powerful microscope to see it. The underside of each toe is covered in ridges, and the ridges are covered in hundreds of thousands of tiny hairs called setae. The end of each seta then splits into hundreds of even smaller tips, called spatulae, which are only about 200 nanometres wide, far thinner than a human hair.\n\n"
     "These tips are so small that they get extremely close to the surface the gecko is walking on. At that distance, a weak attraction called the van der Waals force acts between the molecules in the tips and the molecules in the surface. Each individual force is incredibly weak, but with billions of tips, they add up. In theory, a gecko's feet could hold up more than 100 kilograms, far more than its own weight.\n\n"
     "The clever part is letting go. Geckos peel their toes off from the tip, like taking off a piece of sticky tape, which breaks the contact a few hairs at a time. That means they can take up to 15 steps a second.\n\n"
     "Engineers have copied the idea to make \"gecko tape\" and grippers that could pick up objects in space without glue or suction."),
    ("Oakfield Primary School\nYear 6 Residential Trip to Kingswood Activity Centre, Norfolk\n\n"
     "Dear Year 6 parents and carers,\n\n"
     "We are delighted to confirm that this year's Year 6 residential trip will take place from Monday 9 June to Wednesday 11 June at Kingswood Activity Centre near Cromer. This is always a highlight of the children's final year with us.\n\n"
     "During the three days, the children will try a range of activities including climbing, archery, raft building, orienteering and a campfire night. All activities are run by qualified Kingswood instructors, and four Oakfield staff will go with the group: Mr Hughes, Miss Patel, Mrs Doyle and Mr Adeyemi.\n\n"
     "The total cost is £265 per child, which includes coach travel, accommodation in shared rooms of four to six, all meals and all activities. A non-refundable deposit of £50 is due by Friday 14 February, and the balance can be paid in instalments, as long as it is all paid by Friday 2 May. If the cost is a problem for your family, please speak to Mrs Khan in the office in confidence; the PTA has a fund to help.\n\n"
     "A kit list will be sent home after Easter. Children will not be allowed to bring mobile phones, but staff will post daily updates and photos on the school's Year 6 blog.\n\n"
     "There will be an information evening for parents on Tuesday 13 May at 6 pm in the school hall, where you can meet the staff and ask questions.\n\n"
     "Please return the consent and medical form with your deposit.\n\n"
     "Yours sincerely,\nMr Ben Hughes\nYear 6 Teacher\n\n"
     "what do I have to pay and when, and what else do I need to do? short version"),
    ("tl;dr of this policy change? i travel for work pretty much every week\n\n"
     "Updated Travel and Expenses Policy — effective 1 April\n\n"
     "To all employees,\n\n"
     "Following the finance review last quarter, we are updating our travel and expenses policy. The main changes are set out below, and the full policy is on the intranet.\n\n"
     "1. Booking travel\nAll flights, trains and hotels must now be booked through our travel portal, TripDesk, at least 14 days before the trip where possible. Bookings made outside TripDesk will only be reimbursed if they are at least 15% cheaper than the portal price, with a screenshot as evidence.\n\n"
     "2. Class of travel\nEconomy class is standard for all flights under six hours. For longer flights, employees may book premium economy. Business class needs approval from a director.\n\n"
     "3. Hotels\nThe nightly limit is £140 in London and £110 elsewhere in the UK. For overseas hotels, check the country limits on the intranet.\n\n"
     "4. Meals\nWe are replacing itemised meal receipts with a daily allowance of £40 for overnight trips and £15 for day trips longer than eight hours. You no longer need to submit meal receipts, but alcohol cannot be claimed.\n\n"
     "5. Mileage\nThe rate for using your own car rises from 40p to 45p per mile. Electric vehicles will be reimbursed at the same rate.\n\n"
     "6. Deadlines\nAll claims must be submitted through the Expensely app within 30 days of the expense. Claims older than 60 days will not be paid.\n\n"
     "If you have any questions, please contact the finance team at expenses@harlowgroup.co.uk.\n\n"
     "Thank you,\nDaniel Okafor\nFinance Director"),
    ("My dad posted this on a forum and asked me what I think. Summarize it in two sentences so I know what he's asking.\n\n"
     "Title: 2016 MacBook Pro fan running loud all the time — worth fixing or time to replace?\n\n"
     "Hi, hoping someone can help a not-very-technical retiree.\n\n"
     "I have a 13-inch MacBook Pro from 2016 which I use mainly for email, browsing, video calls with my grandchildren and keeping my photos. Over the past two months the fan has started running loudly almost all the time, even when I only have one or two things open. It sounds like a hair dryer. The bottom also gets very hot, and the laptop sometimes becomes slow, with the spinning wheel appearing for several seconds.\n\n"
     "Things I've tried so far, following advice from my son over the phone:\n- Restarted it many times.\n- Closed Chrome and used Safari instead, which helped a little.\n- Checked Activity Monitor, which shows something called \"kernel_task\" using over 300% CPU.\n- Used a can of compressed air on the vents.\n\n"
     "A local repair shop quoted me £89 to open it up, clean it inside and replace the thermal paste, but said they couldn't promise it would fix it. The battery also only lasts about 90 minutes now and shows \"Service Recommended\", and a new battery would be another £149.\n\n"
     "My question is, is it worth spending about £240 on a nine-year-old laptop, or should I put that money towards a new one? I've been told it can't get the latest version of macOS any more either. I'm not sure if that matters for what I use it for.\n\n"
     "Thank you in advance for any advice.\nGraham"),
    ("what's happening in this bit? my daughter has to summarise it for homework and i want to check she got it right\n\n"
     "The train stopped at a station that was only a wooden platform and a sign, and the teacher said, \"This is you, Arthur Penn,\" and pushed him gently towards the door.\n\n"
     "Arthur was nine. He had a brown suitcase, a gas mask in a cardboard box and a label tied to his coat button with his name and his school written on it, as if he were a parcel. His mother had packed the suitcase the night before in Bermondsey, crying, and putting in things he didn't need, like his Sunday shoes.\n\n"
     "On the platform stood a tall woman in a man's coat and wellington boots. She looked at the label, then at him.\n\n"
     "\"You're smaller than I asked for,\" she said.\n\n"
     "Arthur didn't know what to say to that, so he said nothing.\n\n"
     "\"I asked for a big lad who could help with the lambing.\" She sighed. \"Well. You'll grow. I'm Mrs Pryor. Can you carry that yourself?\"\n\n"
     "He could. They walked for what felt like hours along a lane between high hedges, and Arthur counted more sheep than he had seen in his whole life, which was none.\n\n"
     "The farmhouse was low and grey, with a dog asleep on the step. Mrs Pryor opened the door, and warm yellow light came out, and the smell of bread.\n\n"
     "\"Boots off,\" she said. \"Supper's at six. You'll have the room over the kitchen; it's the warmest.\" She paused. \"I lost a boy your age, once. Fever. His clothes might fit you.\"\n\n"
     "Arthur looked up at her, and for the first time that day, he was not afraid."),
    ("I use this app for everything. What does this mean for people like me? Key points please.\n\n"
     "Subject: Notely is joining Fernwork — what this means for you\n\n"
     "Hi there,\n\n"
     "We have some big news. Notely, the note-taking app you've been using, has been acquired by Fernwork, the company behind the Fernwork project management platform. The deal was completed on 3 February.\n\n"
     "We started Notely in 2017 as two friends in a spare bedroom in Glasgow, and we're proud that it has grown to more than 400,000 users. Joining Fernwork will let our small team work on a much bigger scale, and Notely's best features will be built into Fernwork Docs over the coming year.\n\n"
     "What happens next\n- The Notely app will keep working as normal until 30 September. After that it will become read-only, and it will shut down completely on 31 December.\n- You'll be able to move all your notes, notebooks and attachments to Fernwork Docs with one click. The import tool will be available from 1 April.\n- If you'd rather take your notes elsewhere, you can export everything as Markdown or PDF at any time from Settings > Export.\n- Notely Pro subscribers will get Fernwork's Personal plan free for 12 months. If your yearly subscription runs past 30 September, you'll be refunded for the unused months automatically.\n- Your data will not be sold or shared. It will stay on Notely's servers until you move it, and will be deleted on 31 December.\n\n"
     "We know many of you have built a lot of your life inside Notely. Our support team will stay on until the very end, at help@notely.app.\n\n"
     "Thank you for eight wonderful years.\n\n"
     "Maya and Callum, Notely co-founders"),
    ("is this tent any good for a family of 4? sum up the review for me\n\n"
     "Review: Trailhaven Breeze 4 tent — three trips, one storm\n\n"
     "We bought the Breeze 4 (£249) for our family of four, two adults and kids aged 7 and 10, after our old dome tent finally gave up. We've now used it on three weekend trips in the Peak District and the Lake District, including one night with some serious wind.\n\n"
     "Pitching: The first time took us 35 minutes with the instructions. By the third trip, my husband and I had it up in 15. The poles are colour-coded to their sleeves, which helps a lot, and the inner tent stays attached to the flysheet, so it all goes up in one go. That also meant the inside stayed dry when we had to pitch in the rain.\n\n"
     "Space: It's sold as a four-person tent, and it is, but only just. Two adults and two kids fit comfortably on sleeping mats, but there's no room for bags in the bedroom. The porch is big enough for bags, boots and a small table, though not for cooking.\n\n"
     "Weather: On our Lake District trip, the wind got up to about 40 mph overnight. The tent flexed and was noisy, but it stayed up, and nothing leaked. We did use all 16 pegs and every guy line.\n\n"
     "Downsides: The pegs that come with it are flimsy, and two bent on the first trip, so buy better ones. It weighs 9.5 kg, which is fine for car camping but far too heavy to carry any distance. And the \"blackout\" bedroom isn't really blackout: the kids were up at 5 am.\n\n"
     "Overall: solid, quick to pitch and good value. 4 stars."),
    ("Kanelbullar, or Swedish cinnamon buns, are nothing like the huge, sticky, frosted cinnamon rolls you find in American malls. They're smaller, less sweet, flavoured with cardamom as well as cinnamon, and topped with crunchy pearl sugar instead of icing. In Sweden they're so loved that 4 October is officially Cinnamon Bun Day.\n\n"
     "I learned to make them from my friend Annika's mother, Birgitta, during a very cold February in Uppsala. She baked without a recipe, and I spent the whole afternoon trying to turn her handfuls and \"just a bit more\" into grams.\n\n"
     "The dough is an enriched yeast dough: flour, milk, butter, sugar, yeast and a good teaspoon of freshly ground cardamom. Birgitta insisted on crushing the seeds yourself, because the ready-ground stuff \"tastes of dust\", and I have to admit she was right.\n\n"
     "The filling is soft butter, brown sugar and cinnamon, spread thinly over the rolled-out dough. Then comes the fun part. Rather than rolling the dough into a log and slicing it, you fold it in half, cut it into strips, twist each strip and tie it into a knot. The first few will look awful. By the tenth you'll be an expert.\n\n"
     "Before baking, the buns are brushed with beaten egg and sprinkled with pearl sugar, which you can find in Scandinavian shops or online. If you can't get any, crushed sugar cubes are a decent substitute.\n\n"
     "Allow about three hours in total, including two rises. The recipe makes 24 buns, and they freeze beautifully, so you can warm one up whenever you need a fika.\n\n"
     "what makes these different from normal cinnamon rolls, and how long do they take? just the key points"),
    ("key points please, my kids go to school in this district\n\n"
     "Pinewood School District to Push Back High School Start Times\n\n"
     "PINEWOOD, Ore. — High school students in the Pinewood School District will start classes at 8:45 a.m. next fall, nearly an hour later than the current 7:50 a.m. bell, after the school board voted 5–2 on Tuesday night to approve the change.\n\n"
     "The decision follows a two-year study in which Pinewood's two high schools tracked the sleep of 640 volunteer students with wrist monitors. Students averaged 6 hours and 40 minutes of sleep on school nights, well below the 8 to 10 hours recommended for teenagers by the American Academy of Sleep Medicine.\n\n"
     "\"Teenagers' body clocks genuinely shift later during puberty,\" said Dr. Helen Cho, a pediatrician who advised the board. \"Asking them to learn algebra at 7:50 is asking them to learn in the middle of their biological night.\"\n\n"
     "The change will not be free. To make it work, the district will switch the order of its bus routes so that elementary schools start first, at 7:55 a.m. The district estimates this will cost about $310,000 a year in extra drivers and buses.\n\n"
     "Some parents of younger children have objected, saying an earlier start means their kids will be waiting for the bus in the dark in winter. Board member Raymond Ellis, who voted against the plan, also raised concerns about after-school sports, which will now finish later, sometimes after 6 p.m.\n\n"
     "Superintendent Lisa Marquez said the district will offer free before-school care at all elementary schools from 7:15 a.m. to help working parents. The new schedule begins on September 2."),
    "Summarize Wuthering Heights for me. I keep mixing up the two Catherines and who's related to whom.",
    "what were the salem witch trials? quick summary",
    "Can you give me a plot summary of Little Women in about 150 words?",
    "Sum up the Montgomery bus boycott in a few sentences: how it started, how long it lasted and what it achieved.",
    "what happens in kafka's the metamorphosis? i finished it and i don't get the ending",
    "Briefly, what happened to Pompeii in AD 79, and how do we know so much about it?",
]


MULTI = [
    ("I'm organizing a bachelorette weekend for eight people and I have no idea where to start.",
     "Fun! The two things to lock down first are the dates and a rough per-person budget, since everything else depends on them. Do you already have a city in mind?",
     ["we're thinking Nashville, sometime in June",
      "How do I collect money from everyone without it getting awkward?",
      "What kind of activities work for a group that doesn't all know each other?"]),
    ("my garbage disposal just hums when i turn it on but nothing spins",
     "A humming disposal is usually jammed by something stuck between the impeller and the ring, and the motor may have tripped its reset button. Have you turned it off and checked underneath for a small red reset button?",
     ["yeah there's a red button on the bottom, I pressed it",
      "How do I unjam it without sticking my hand in there?",
      "What shouldn't I put down a disposal so this doesn't happen again?"]),
    ("I drink about three cans of soda a day and I want to cut back.",
     "That's a very doable change, and cutting down gradually tends to stick better than quitting overnight. Is it mostly the sugar you're worried about, or the caffeine too?",
     ["both, honestly, I get headaches if I skip it",
      "Is diet soda a reasonable stepping stone?",
      "How long until the cravings go away?"]),
    ("My boss asked me to train the new hire, but I've only been here eight months myself.",
     "That's actually a sign your boss trusts you, and being fairly new can help because you remember what confused you at the start. Do you know what role the new person will be doing?",
     ["the same job as me, customer support",
      "Should I write up some notes or a checklist for them?",
      "What if they ask me something I don't know the answer to?"]),
    ("Can you help me write a letter to my landlord asking if I can get a cat? The lease says pets need written approval.",
     "Sure. A short, polite letter that answers the landlord's likely worries up front has the best chance. Do you know what they're most likely to be concerned about, like damage or noise?",
     ["probably the carpets, they're pretty new",
      "Should I offer to pay an extra pet deposit?",
      "What do I do if they just say no?"]),
    ("We're having our first baby in March and I'm completely lost on which car seat to buy.",
     "Congratulations! The good news is that every car seat sold in stores has to pass the same crash tests, so the choice is mostly about fit and convenience. Are you thinking of an infant seat that clicks into a stroller, or a convertible seat you'd use for years?",
     ["the click-in kind sounds handy",
      "Is it safe to buy a used car seat from a friend?",
      "How do I know it's installed correctly?"]),
    ("my hamster bites me every single time i try to pick him up",
     "Biting is usually fear, since a hand coming from above looks like a predator to a hamster. How long have you had him?",
     ["about two weeks",
      "How do I get him used to my hands?",
      "Do some hamster breeds bite less than others?"]),
    ("My zucchini plants are covered in flowers but no zucchini ever grows.",
     "That's usually a pollination problem: zucchini have separate male and female flowers, and if bees aren't visiting, the female ones just drop off. Do you see many bees in your garden?",
     ["not really, hardly any",
      "How do I tell the male and female flowers apart?",
      "Can I pollinate them by hand?"]),
    ("i'd like to try fishing but nobody in my family ever fished so i'm clueless",
     "No problem, fishing is easy to start with a simple setup and a lot of patience. Are you thinking of fishing from a lake shore, a river, or the ocean?",
     ["there's a lake with a pier about 15 minutes from me",
      "Do I need a fishing license?",
      "What bait should a beginner use?"]),
    ("I have a persuasive essay due Friday on whether schools should have uniforms and I don't know which side to pick.",
     "It often helps to pick the side you can find the strongest evidence for, not the one you personally agree with. Which arguments come to mind first for each side?",
     ["uniforms save money but take away self-expression",
      "How many arguments should I have in the body?",
      "How do I write a good counterargument paragraph?"]),
    ("my javascript button doesn't do anything when i click it, no errors in the console",
     "A common cause is that the script runs before the button exists on the page, so the event listener never gets attached. Is your script tag in the head or at the bottom of the body?",
     ["it's in the head",
      "What does the defer attribute do?",
      "How can I check if the listener was actually attached?"]),
    ("Whenever I make a stir-fry the vegetables end up soggy and steamed instead of crisp.",
     "That usually happens when the pan isn't hot enough or it's too crowded, so the vegetables release water and steam instead of searing. What kind of pan are you using?",
     ["a regular nonstick frying pan",
      "Should I cook the vegetables in batches?",
      "Which oil is best for really high heat?"]),
    ("Our smoke detector chirps every 30 seconds, but only in the middle of the night.",
     "A regular chirp almost always means the battery is low, and it often shows up at night because the house gets colder and weak batteries drop their voltage. Is it a battery-only unit, or hardwired with a backup battery?",
     ["it's hardwired, I think, it's connected to the ceiling with wires",
      "I changed the battery and it's still chirping, why?",
      "How often should smoke detectors be replaced altogether?"]),
    ("I'm a high school teacher and I'm thinking about switching careers to UX design.",
     "Teaching actually gives you a lot that transfers, like explaining things clearly and understanding how people learn. Have you done any design work yet, even as a hobby?",
     ["not really, just some slides and worksheets",
      "Do I need a bootcamp or can I learn it on my own?",
      "How do I build a portfolio with no real clients?"]),
    ("we have 12 nieces and nephews and christmas presents are getting way too expensive",
     "That adds up fast, and lots of families end up changing how they do gifts once the group gets that big. Roughly how much are you spending now, and how much would you like to spend?",
     ["around $600 now, I'd like to get it under $250",
      "How do I suggest a gift exchange to my siblings without seeming cheap?",
      "What are some good gifts for teenagers that cost under $20?"]),
    ("i want to learn morse code, just for fun",
     "Fun project! Most people learn it fastest by listening to the sounds rather than memorizing dots and dashes on paper. Do you want to be able to send it, receive it, or both?",
     ["mostly receive, I want to understand it when I hear it",
      "What's the Koch method people talk about?",
      "How long does it take to get to a decent speed?"]),
    ("We're adopting a 10-year-old dog from a shelter next week.",
     "That's wonderful, senior dogs often settle in quickly and tend to be calm companions. Do you know anything about his health history?",
     ["the shelter said he has some arthritis",
      "What should I have ready at home before he arrives?",
      "How long does it usually take a rescue dog to adjust?"]),
    ("My lawn has more clover and dandelions than actual grass.",
     "Weeds usually take over when the grass is thin, so the long-term fix is thickening the lawn as much as killing weeds. How do you mow it, and how short?",
     ["pretty short, every week",
      "When is the best time to overseed?",
      "Is a clover lawn actually a bad thing?"]),
    ("I'm going to be the dungeon master for a Dungeons & Dragons game with friends who've never played.",
     "Great, new players are a lot of fun to run for. A short pre-written adventure is usually easier than building your own world right away. How many players do you have?",
     ["four, plus me",
      "How long should the first session be?",
      "What do I do if someone tries something the rules don't cover?"]),
    ("My Python loop is skipping items when I remove things from a list.",
     "That happens because removing an item shifts everything after it down by one, so the loop jumps over the next element. What are you trying to remove?",
     ["all the empty strings from a list of names",
      "Would a list comprehension fix it?",
      "Is it the same problem with dictionaries?"]),
    ("I need to make chili for about 30 people at a church fundraiser.",
     "Chili is a great choice for a crowd, and it tastes even better made a day ahead. Do you have one huge pot, or will you be cooking in several batches?",
     ["I have two big stock pots, around 12 quarts each",
      "How much ground beef do I need for 30 servings?",
      "How do I keep it warm for a few hours without burning the bottom?"]),
    ("One of my wireless earbuds stopped connecting. The other one works fine.",
     "Often one earbud just loses its pairing with the other, and a full reset of both fixes it. Have you tried putting both back in the case and resetting them?",
     ["not yet, how do I reset them?",
      "Could the charging contacts be dirty?",
      "Can I buy just one replacement earbud?"]),
    ("I want to start taking lunch to work instead of buying it every day.",
     "That can save a surprising amount of money over a year. Do you have access to a fridge and a microwave at work?",
     ["yes, both",
      "What lunches hold up well for three or four days in the fridge?",
      "How much do people usually save doing this?"]),
    ("A coworker keeps messaging me after 9 pm about stuff that could easily wait until morning.",
     "It's reasonable to want your evenings back, and many people don't realize how their late messages come across. Do you feel like you have to answer right away when they message?",
     ["kind of, she's senior to me",
      "Is it ok to just turn off notifications after a certain time?",
      "How do I bring it up without sounding like I'm not a team player?"]),
    ("can u help me write my wedding vows, the wedding is in 3 weeks",
     "I'd love to help. Good vows usually mix a short story about your partner with a few specific promises. Are you going for sentimental, funny, or a bit of both?",
     ["mostly sentimental with one joke",
      "How long should vows be when you read them out loud?",
      "Can you give me an example of a promise that isn't cheesy?"]),
    ("I want to buy my first real camera, not just use my phone.",
     "Nice! Most people looking for a step up from a phone are happiest with an entry-level mirrorless camera. What do you mostly want to photograph?",
     ["my kids and their sports games",
      "Is it worth buying a used one?",
      "Do I need an extra lens right away?"]),
    ("My bearded dragon hasn't eaten in four days.",
     "That can have several causes, from the enclosure being too cool to shedding or brumation. Do you know the basking spot temperature in his tank?",
     ["I'm not sure, I don't have a thermometer",
      "What's brumation exactly?",
      "When should I take him to a reptile vet?"]),
    ("Can you help me with this physics problem? A ball is thrown straight up at 15 m/s. How long is it in the air?",
     "Sure. The trick is to find the time it takes to reach the top, where its velocity is zero, and then double it. Do you know which equation links velocity, acceleration and time?",
     ["v = u + at?",
      "How high does the ball get?",
      "What would change if it was thrown from the top of a building?"]),
    ("My dryer takes two full cycles to dry a normal load of towels.",
     "The most common cause is a clogged lint trap or dryer vent, which also happens to be a fire risk. When was the vent duct last cleaned out?",
     ["never, as far as I know, we've been here five years",
      "Can I clean the vent myself?",
      "What if it's still slow after that?"]),
    ("I'm moving from Ohio to Arizona with my cat in two months.",
     "That's a big move, and with some preparation your cat can handle it fine. Are you driving there, or flying?",
     ["driving, it's about 28 hours",
      "Should I ask the vet about something to calm her?",
      "How do I get her used to the new place once we arrive?"]),
    ("I'm writing a picture book for my niece. It's about a turtle who's afraid of water.",
     "What a sweet idea. Picture books work best with a simple problem, a few tries that fail, and a warm ending. How old is your niece?",
     ["she's four",
      "How many words should a picture book have?",
      "Could you help me think of a title?"]),
    ("i want to start stretching every morning but i'm super stiff",
     "Starting stiff is totally fine, and a gentle routine of 10 minutes will loosen you up within a few weeks. Which areas feel the tightest?",
     ["hamstrings and lower back mostly",
      "Should I stretch before or after my coffee?",
      "How long should I hold each stretch?"]),
    ("My SQL query with a JOIN is returning way more rows than it should.",
     "That usually means the join condition matches more than one row on one side, so rows get multiplied. Which two tables are you joining, and on which column?",
     ["orders and customers, on customer name",
      "How do I find which rows are duplicated?",
      "When should I use DISTINCT and when is it hiding a problem?"]),
    ("I want to grow blueberries but I only have a patio.",
     "Blueberries do well in large pots, as long as they get acidic soil and plenty of sun. How big are the containers you're thinking of using?",
     ["I have a couple of half barrels",
      "Do I need two different varieties for them to fruit?",
      "How many years until I get a real harvest?"]),
    ("I have my first performance review next week and they want me to write a self-assessment.",
     "Self-assessments are a good chance to remind your manager of wins they might have forgotten. Have you kept any notes on what you worked on this year?",
     ["not really, I'll have to dig through my emails",
      "How do I talk about my weaknesses without making myself look bad?",
      "Should I bring up wanting a raise in the self-assessment?"]),
    ("My daughter's science fair project is due in three weeks and she has no idea what to do.",
     "Three weeks is enough time for a simple experiment with a clear question. What grade is she in, and what is she interested in?",
     "She's in 5th grade and she loves plants and animals.",
     "Great, plant experiments are perfect for that age. She could test how different amounts of light, water or music affect how fast bean seeds sprout. Do you have a sunny windowsill and a few cups?",
     ["yes, we have a big kitchen window",
      "How many plants should she use for it to be a fair test?",
      "What should go on the display board?"]),
    ("I can swim breaststroke fine but I want to learn proper freestyle.",
     "Good goal. Freestyle feels very different because of the breathing, which is where most adults struggle. What happens when you try it now?",
     "I get out of breath after about one length and my legs sink.",
     "That's very common: sinking legs usually come from lifting your head to breathe, and running out of air often means you're holding your breath underwater instead of breathing out. Do you breathe out while your face is in the water?",
     ["no, I think I hold it",
      "How often should I take a breath, every two strokes or every three?",
      "Are there drills I can do with a kickboard?"]),
    ("I'm planning a retirement party for a coworker.",
     "How nice. Do you know roughly how many people will come and whether it'll be at the office or somewhere else?",
     "Probably around 40 people, and we'd like to do it at a restaurant after work.",
     "A restaurant with a private room or a reserved section works well for that size, and many offer set menus for groups. Does the company have a budget for it, or is everyone chipping in?",
     ["the company gives $500 and we'll pay for the rest",
      "What's a good group gift for someone who's retiring?",
      "Who usually gives the speech, and how long should it be?"]),
    ("My homemade pie always has a soggy bottom crust.",
     "That's a really common problem, especially with fruit pies. What kind of pie are you making?",
     "Mostly apple, sometimes cherry.",
     "Juicy fruit fillings soak the bottom crust before it has a chance to set. Baking the pie on the lowest rack on a preheated baking sheet helps a lot. Do you use a glass dish or a metal one?",
     ["a ceramic one",
      "Should I blind bake the crust first for a fruit pie?",
      "Does adding cornstarch to the filling help?"]),
    ("I've got a merge conflict in git and I'm scared I'll break something.",
     "Merge conflicts look scary but they're fixable, and nothing is lost until you commit. Are you merging another branch into yours, or pulling from the remote?",
     "I ran git pull and it said there's a conflict in app.py.",
     "Okay, that means someone else changed the same lines you did. If you open app.py you'll see sections marked with <<<<<<<, ======= and >>>>>>> showing both versions. Which editor are you using?",
     ["VS Code",
      "What do I do after I've picked which version to keep?",
      "How can I undo the whole merge and start over?"]),
    ("My dog licks his paws constantly, especially at night.",
     "Constant paw licking is often caused by allergies, but it can also be an injury, boredom or anxiety. How long has it been going on?",
     "A couple of months now, and his paws look kind of red between the toes.",
     "Redness between the toes often points to allergies or a yeast infection, so it's worth having a vet look. Did it start around a change in his food or the season?",
     ["now that you mention it, it started in spring",
      "Can I wash his paws with something at home in the meantime?",
      "Are allergy tests for dogs worth the money?"]),
    ("I'd like to get into bonsai.",
     "Bonsai is a rewarding, slow hobby. Would you rather start with a tree that's already been shaped, or grow and shape one yourself from nursery stock?",
     "I think from nursery stock, it seems more fun.",
     "That's a great way to learn, and it's much cheaper. Tough species like juniper, Chinese elm or trident maple are forgiving for beginners. Will the tree live indoors or outside?",
     ["outside on my balcony, I live somewhere with cold winters",
      "When is the right time of year to do the first pruning?",
      "How do I wire the branches without damaging them?"]),
    ("I need help balancing a chemical equation for homework.",
     "Sure, which equation is it?",
     "Fe + O2 -> Fe2O3",
     "Good one to practice on. Start with the element that appears in the fewest places, and remember you can only change the numbers in front of each formula, not the small ones inside. How many oxygen atoms are on each side right now?",
     ["2 on the left and 3 on the right",
      "Why can't I just change the little numbers?",
      "Can you give me another one to try on my own?"]),
    ("my freezer has a thick layer of frost on the back wall",
     "Frost buildup usually comes from warm, humid air getting in, often through a worn door seal. Is it a frost-free freezer or one you have to defrost manually?",
     "it's supposed to be frost-free, it's a fridge freezer combo",
     "In a frost-free model, heavy frost on the back wall often means the defrost heater or its timer has failed, or the drain is blocked. Is there any water pooling under the crisper drawers in the fridge?",
     ["yes, actually, there's a little puddle",
      "Can I fix a blocked drain myself?",
      "Is it worth repairing a fridge that's 12 years old?"]),
    ("I want to plan a week of dinners, but my husband was just diagnosed with type 2 diabetes.",
     "That's a lot to adjust to, but meals for diabetes can be very normal family food with some tweaks. Has his doctor or a dietitian given him any specific guidance yet?",
     "Just to watch his carbs and lose a bit of weight.",
     "A simple approach is the plate method: half the plate non-starchy vegetables, a quarter lean protein and a quarter carbs like brown rice or whole grain pasta. Are there foods he really doesn't like?",
     ["he hates fish, everything else is fine",
      "Can you give me an example of a Monday to Friday plan?",
      "Does he have to give up dessert completely?"]),
]


def build(seed: int = 2035):
    return free_form(sys.modules[__name__], random.Random(seed), "vd", 0.3, 0.25, 40)


if __name__ == "__main__":
    main(build, DEFAULT_OUT)
