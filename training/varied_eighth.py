"""An eighth pool of varied distillation prompts: more questions that want facts, advice and
everyday explanations, summaries of long pasted passages, and new writing, code, how-to, list,
math and chat prompts.

The seventh pool's questions that want facts moved the held-out general questions more than any
pool before them (+0.061 tokens/step at k = 4 in 226 steps of run k4-m6), and general questions and
summaries stay the two weakest domains. So this pool has 250 more questions of that kind (history
of every region and era, people and inventions, geography, the sciences, the body, technology,
money and law, languages, festivals, food, sport, the arts, landmarks), 150 that want advice or an
everyday explanation, 64 summaries of pasted passages of 226-259 words (news, announcements,
reviews, minutes, emails, support tickets, abstracts, transcripts, reports, leaflets, release notes,
letters, listings, and more; a third with the request after the passage) and 6 of well-known works
and events; then 100 writing requests, 60 code, 40 how-to, 40 lists, 40 math from 22 new forms
and 16 chats.

Its ids start ``ve-``, so the answers distilled for the earlier pools stay valid. Every prompt was
scanned for exact and near (word-overlap) matches with the earlier pools and the held-out sets;
``training/tests/test_recipes.py`` checks that none is shared.

    python -m training.varied_eighth   # writes training/data/prompts-varied-eighth-train.jsonl
"""
from __future__ import annotations

import os
import random
import sys

from .varied import HERE, free_form, main, word_problems
from .varied_sixth import HOWTO_LEADS, MATH_NAMES  # the same leads and names as the sixth pool

DEFAULT_OUT = os.path.join(HERE, "data", "prompts-varied-eighth-train.jsonl")

# Questions that want facts (who, when, where, what happened, how a thing works), then questions that want advice
# or an everyday explanation.
GENERAL = [
    "Who was Queen Nzinga of Ndongo?",
    "What was the kingdom of Aksum known for?",
    "who was sundiata keita",
    "I'm reading about the Silk Road and Bukhara keeps coming up. Why was it such an important city?",
    "Who was Alexander von Humboldt, and why are so many things named after him?",
    "What were the Benin Bronzes, and why are museums sending them back to Nigeria?",
    "Who was Yaa Asantewaa?",
    "What was the Mau Mau uprising in Kenya?",
    "My daughter just learned about Gandhi at school. What was the Salt March, and why did it matter?",
    "Who was Al-Khwarizmi? Is it true the word algorithm comes from his name?",
    "Who was Thomas Sankara?",
    "what happened to patrice lumumba",
    "How big were Zheng He's treasure ships, really?",
    "I'm watching a documentary about Krakatoa. How big was the 1883 eruption, and what did it do to the world's weather?",
    "Who invented the seismograph, and is it true the first one was Chinese?",
    "What did Qin Shi Huang standardize when he unified China?",
    "what were the opium wars about",
    "Who was Tokugawa Ieyasu?",
    "We're visiting Lisbon in the autumn. What happened in the 1755 earthquake, and how was the city rebuilt?",
    "Who was Garibaldi, and what part did he play in uniting Italy?",
    "What was the Indian Rebellion of 1857?",
    "What was the Srivijaya empire?",
    "Who was José Rizal?",
    "I keep hearing about the Abbasid House of Wisdom in a podcast. What was it, and what happened there?",
    "Why can't anyone read the Indus Valley script?",
    "what was the heian period in japan",
    "Who was Pachacuti?",
    "I just finished a novel set during the Thirty Years' War. What actually started that war?",
    "Who were the Phoenicians? Did they really invent the alphabet we use?",
    "What is the Olmec civilization known for?",
    "who was tecumseh",
    "How much did the US pay for the Louisiana Purchase?",
    "My grandfather fought at Gallipoli. What happened there in 1915, and why is it so important to Australians and New Zealanders?",
    "Who was Eva Perón, and why is she still so famous in Argentina?",
    "Who was Benito Juárez?",
    "What was Cahokia?",
    "who was sacagawea",
    "We're walking part of Hadrian's Wall this summer. Why did the Romans build it, and how long is it?",
    "What was the Mexican Revolution, and who were Zapata and Pancho Villa?",
    "Why did the French attempt to build the Panama Canal fail?",
    "What was the Haudenosaunee Confederacy?",
    "What was the Reconstruction era in the United States?",
    "I'm teaching a unit on ancient Carthage. Did Hannibal really cross the Alps with elephants, and how many survived?",
    "Who were the first people to settle New Zealand, and when did they arrive?",
    "What is the Treaty of Waitangi?",
    "How were the moai on Easter Island moved?",
    "A friend from Tamil Nadu told me about Pongal. What is it, and how do families celebrate?",
    "What were the Stolen Generations in Australia? When did the government apologise?",
    "Who was Queen Liliuokalani of Hawaii?",
    "What is the Dreaming in Aboriginal Australian belief?",
    "who were the Lapita people",
    "I tried tacos al pastor in Mexico City and someone said they came from Lebanese immigrants. Is that true?",
    "Who was Captain James Cook? Which places did he map, and how did he die?",
    "What was the Hanseatic League?",
    "Who was Charlemagne?",
    "Why did the Spanish Armada fail in 1588?",
    "My son just started watching rugby union. Can you explain the basic rules and how points are scored?",
    "What is kava? Where in the Pacific is it drunk, and what does it do?",
    "who was eleanor of aquitaine and why do people find her so interesting",
    "What started the Great Fire of London in 1666?",
    "Who was Saladin?",
    "I'm going to Dublin and want to catch a Gaelic football match. How is it different from soccer?",
    "What was the Sykes-Picot Agreement?",
    "Who was Hammurabi?",
    "What happened in the Iranian Revolution of 1979?",
    "I saw Guernica in Madrid last week. What event is it about, and why did Picasso paint it?",
    "Who was Pericles, and what did he build in Athens?",
    "What caused the Late Bronze Age collapse?",
    "what happened at thermopylae, was it really just 300 spartans",
    "What was the Bandung Conference?",
    "We're reading Crime and Punishment in class. What's the plot, without too many spoilers?",
    "What is Taoism? Who was Laozi?",
    "What was the Suez Crisis of 1956?",
    "What was the Prague Spring?",
    "What was the Biafran War?",
    "I'm visiting Lhasa next year. What is the Potala Palace, and who lived there?",
    "What are the Vedas? How old are they?",
    "What was the Long March in Chinese history?",
    "who invented the hovercraft",
    "Who invented braille?",
    "I'm in Normandy this summer. What is Mont-Saint-Michel, and how was it built on a tidal island?",
    "Who was Grace Hopper?",
    "Who was Srinivasa Ramanujan?",
    "who was hedy lamarr, i heard she invented something to do with wifi",
    "I just saw a monarch butterfly in my garden. How do they migrate all the way to Mexico?",
    "What is Rosh Hashanah, and why do people blow a shofar?",
    "Who was Ibn Sina?",
    "who invented the rubik's cube",
    "Who was Mary Anning?",
    "I'm studying for my private pilot licence. How do the instruments know the plane's altitude from air pressure?",
    "Where did hummus come from? Which country can claim it?",
    "What did Gregor Mendel figure out from his pea plants?",
    "What is the capital of Burkina Faso?",
    "why is chile so long and skinny",
    "I paid with my phone at a shop today and wondered: how does tap-to-pay actually move the money?",
    "Where did chili peppers come from? How did they get to India and Thailand?",
    "Why does the Gambia look like a thin strip cut into Senegal?",
    "Is the Caspian Sea a sea or a lake?",
    "Why is there a bit of Russia between Poland and Lithuania?",
    "I'm watching a show about Weimar Germany. How did the hyperinflation of 1923 get so extreme?",
    "what's the darien gap",
    "What is the Sahel?",
    "Why did Myanmar move its capital to Naypyidaw?",
    "My friend says the IMF runs poor countries' economies. What does the IMF actually do?",
    "Where did paella come from? What goes in the original version?",
    "What is a neutron star?",
    "What's an isotope?",
    "What is the Doppler effect?",
    "i'm british and just moved to the US, what's the difference between the House and the Senate",
    "What is Australian rules football? How do you score?",
    "How did the Moon form?",
    "What causes a monsoon?",
    "What does the thyroid gland do?",
    "I watched a show set in the House of Lords. Who sits in it, and what power does it actually have?",
    "What is a red giant? Will the Sun turn into one?",
    "What's the difference between type 1 and type 2 diabetes?",
    "Why do humans have wisdom teeth?",
    "What does the spleen do?",
    "My grandmother spoke Yiddish and I want to learn a few words. Where did Yiddish come from?",
    "What is a hat-trick? Where does the name come from?",
    "How does an EpiPen work?",
    "What is the vagus nerve?",
    "how do bats actually see with sound",
    "I'm learning Spanish and Italian at the same time. How did Latin split into the Romance languages?",
    "how long do giant tortoises live",
    "Why is the platypus such a strange animal?",
    "How do tardigrades survive such extreme conditions?",
    "I'm working in Papua New Guinea next year. Is it true there are over 800 languages there, and what is Tok Pisin?",
    "Who was Hokusai? What is The Great Wave about?",
    "What is the oldest living tree in the world?",
    "How does fibre optic cable carry internet data?",
    "How does a thermos keep drinks hot or cold?",
    "My Ethiopian coworker writes in a script I don't recognise. What is the Ge'ez script?",
    "What is Dante's Inferno about? How many circles of hell are there?",
    "What is the gold standard, and why did countries abandon it?",
    "What was the South Sea Bubble?",
    "What is habeas corpus?",
    "I'm going to Japan in August. What is Obon, and what happens during it?",
    "What is bossa nova? Who invented it?",
    "What does the Speaker of the House do?",
    "what does it mean when someone pleads the fifth",
    "What is double jeopardy?",
    "I went to a Jain temple for the first time. What do Jains believe about ahimsa, and how strict is it?",
    "Who has a veto on the UN Security Council?",
    "What is Esperanto?",
    "Why is Basque unrelated to the other languages of Europe?",
    "My partner is from Rio and won't stop talking about Carnival. How did it start, and what are the samba schools?",
    "What is kabuki? How is it different from noh?",
    "What are Norse runes?",
    "How does an oxbow lake form?",
    "What is Yom Kippur?",
    "I just watched Modern Times. Who was Charlie Chaplin, and why was he kicked out of the US?",
    "What are stalactites and stalagmites? How long do they take to grow?",
    "What is Vesak?",
    "What happens during Eid al-Adha?",
    "What is the Bahá'í Faith?",
    "I've been listening to Ravi Shankar. What is a raga, and how is a sitar played?",
    "How does a fire extinguisher work? Why are there different types?",
    "what is lent and why do people give stuff up",
    "Where does ramen come from?",
    "What's the difference between nuclear fission and fusion?",
    "I'm going to Seville and want to see flamenco. Where did it come from?",
    "Where does vanilla come from?",
    "What is permafrost?",
    "what is injera",
    "My uncle loves Borges and gave me a book. Who was Jorge Luis Borges, and what should I read first?",
    "What are platelets? What happens if you have too few?",
    "What causes a sonic boom?",
    "why does static electricity zap you when you touch a door handle",
    "How does scoring work in curling?",
    "I'm reading Palace Walk. Who was Naguib Mahfouz, and why did he win the Nobel Prize?",
    "How do whales sing? Why do they do it?",
    "Why is Mars red?",
    "Who was Fela Kuti?",
    "What is gamelan music?",
    "I'm planning a trip to Siberia. What makes Lake Baikal so special?",
    "How do pufferfish puff up? Are they really poisonous to eat?",
    "Who was Umm Kulthum?",
    "What is the Bayeux Tapestry?",
    "Who wrote the Rubaiyat?",
    "I'm driving through Lesotho next month. Why is it a separate country completely surrounded by South Africa?",
    "who designed the sagrada familia",
    "What is Borobudur?",
    "What is the Great Mosque of Djenné made of?",
    "Our teacher mentioned the Falkland Islands today. Why do both Britain and Argentina claim them?",
    "Why are koalas so sleepy? Is it true eucalyptus makes them drunk?",
    "Why is the Pantheon's dome still standing after 2,000 years?",
    "What is Göbekli Tepe?",
    "why is a mile 5280 feet, it seems so random",
    "I'm going to Istanbul and someone said it's on two continents. How did that happen?",
    "How was the metre first defined? Who came up with the metric system?",
    "What is a pulsar?",
    "What was the Tunguska event?",
    "what was the great molasses flood",
    "I just watched a documentary on the Gobi. Why is it a cold desert, and what animals live there?",
    "What's a knot in sailing? Why is it called that?",
    "What was the Year Without a Summer?",
    "ok so what actually is sanskrit and does anyone still speak it",
    "is it true that vikings never had horned helmets",
    "I'm writing a report on Çatalhöyük in Turkey. What was daily life like in that early town?",
    "i heard the eiffel tower was supposed to be torn down after 20 years, is that right",
    "is it true that napoleon was actually short",
    "how do those lava lamps work",
    "I saw the Shwedagon Pagoda in photos. How old is it, and what's inside?",
    "What are the Geneva Conventions? When were they signed?",
    "what's the deal with the bermuda triangle, is there anything real there",
    "who was the first author in history whose name we actually know",
    "how do electric guitars make sound if they're solid wood",
    "I'm in Brasília for work. Who designed the city, and why was it built from scratch?",
    "whats the story behind guy fawkes night and why do the brits set off fireworks",
    "i heard greenland is mostly ice, how thick is the ice sheet",
    "why is the red sea called red when it looks blue",
    "how do planes know where they are over the ocean with no radar",
    "We visited Chichén Itzá and our guide mentioned the equinox shadow. What is that about?",
    "what was the deal with the samurai sword ban in japan",
    "who were the moors in spain",
    "how did the ancient egyptians mummify people",
    "who was the first person to go to antarctica",
    "My grandfather was in Berlin in 1948. Why did the Soviets block the roads into West Berlin?",
    "i heard bananas are radioactive is that true",
    "what's the oldest known musical instrument",
    "How does a metal detector tell a coin from a bottle cap?",
    "My mum uses a pulse oximeter since her surgery. How does a little clip on her finger measure the oxygen in her blood?",
    "where did champagne get its name and why can't other places use it",
    "how does a breathalyzer know how drunk you are",
    "How does a quartz watch keep time?",
    "What's the difference between AM and FM radio?",
    "I just did a first-aid course and we practised with an AED. How does a defibrillator actually get a heart back into rhythm?",
    "what is the vatican and why is it its own country",
    "How does wireless phone charging work?",
    "How does radar work?",
    "How does an atomic clock work?",
    "We had our 12-week scan yesterday. How does an ultrasound make a picture of the baby using sound?",
    "how do they decide the date of the chinese dragon boat festival and what's it about",
    "what's the point of captchas and how do they tell if you're a robot",
    "How do the security tags on clothes in shops set off the alarm at the door?",
    "How does a dialysis machine clean the blood?",
    "i'm learning web dev and keep hearing about DNS. what actually happens when i type a website name into my browser",
    "The firefighters used a thermal camera at my neighbour's house. How does it see heat through smoke?",
    "I'm a nervous flyer. How much of a normal flight is flown on autopilot, and how does it work?",
    "I got sent through the full-body scanner at the airport. How do those machines see things under your clothes?",
    "My bank card's chip stopped working but tap still works. What does the chip actually do to protect against fraud?",
    "my old lawnmower won't start and someone said check the spark plug. what does a spark plug even do",
    "I'm visiting Zanzibar in March. Why did the Sultan of Oman move his capital to Stone Town, and what was traded there?",
    "My daughter is doing a project on the Inuit. How were igloos built, and did people really live in them all year?",
    "I'm reading about the Mongol Empire and keep seeing the word 'yam'. What was the Mongol relay system for messages?",
    "my grandpa keeps going on about the 1966 world cup final, what actually happened in that game",
    "We're visiting Cartagena in Colombia. Why does the old city have such huge walls, and who were they built against?",
    "I just started a job at a bank. What was the Glass-Steagall Act, and why do people still bring it up?",
    "ok my friend insists the great pyramid was the tallest building in the world for thousands of years, is that actually true",
    "Why do I feel more tired after sleeping ten hours than after seven?",
    "I'm 41 and for the last two months I've been waking up at 3am almost every night and lying there wide awake for an hour. I don't drink in the evening and I stop caffeine at noon. What could be behind it, and what can I try before seeing a doctor?",
    "I live in a top-floor flat that gets really stuffy in summer. Is it okay to sleep with a fan blowing right on me all night?",
    "Is running on an empty stomach first thing in the morning a bad idea?",
    "my neck cracks every time i turn my head, is that something to worry about",
    "I work nights as a security guard, 10pm to 6am, four nights a week. On my days off I switch back to a normal schedule to see my family, and I feel jet-lagged all the time. Should I keep the night schedule on my days off too?",
    "Why do my eyes water when I yawn?",
    "I'm an accountant and stare at spreadsheets about eight hours a day, and my eyes feel dry and tired by 3pm. Are blue light glasses worth buying?",
    "Does reading in dim light actually damage your eyes, or is that a myth?",
    "how do i stop hitting snooze five times every morning",
    "why do i get a headache on days i skip my morning coffee",
    "I'm 34 and just got my first job with a pension plan. They match 5% if I put in 5%, but money is tight for the next year while I pay off a car. Should I still sign up right away?",
    "is it dumb to keep my emergency fund in a savings account that pays basically nothing",
    "I'm 30, earn about $60k, and I'm planning to propose next spring. How much is a sensible amount to spend on an engagement ring?",
    "Is it a bad idea to close my oldest credit card if I never use it anymore?",
    "What's a sinking fund, and do I need one if I already have an emergency fund?",
    "how do i stop spending so much on takeout, it's like $400 a month and i barely notice it going",
    "I'm getting a $3,000 tax refund next month. I owe $2,000 on a store card at 26%, I have no emergency savings at all, and my car needs four new tires before winter. How would you split the money?",
    "I've been at my company three years without a raise, but I know we had a rough year and there were layoffs in another department. How do I ask for more money without seeming tone-deaf?",
    "is it unprofessional to use emojis in work emails",
    "I'm 45 and I've been a bank teller for twenty years. I'd love to retrain as a dental hygienist, but it means two years of school and a big pay cut while I study. My kids are 16 and 19. Am I too old for this, and how should I think it through?",
    "I started a new job in March and I already dislike it. My manager rewrites every email I send, the work is dull, and I dread Mondays. I'm 27 and this is my second job since university. How long should I stay before leaving looks bad on my resume?",
    "What's the difference between being a contractor and an employee when it comes to taxes?",
    "A coworker keeps repeating my ideas in meetings a few minutes after I say them, and our manager praises him for it. How do I deal with this without looking petty?",
    "I'm 38 with two kids in primary school. Would you take a job with a 20% higher salary if it meant a 75-minute commute each way?",
    "I have a second-round interview for a data analyst role on Thursday. What's a good way to handle a technical question when I honestly don't know the answer?",
    "I just got promoted to manage the team I used to be on, and two of the people on it are close friends. How do I handle the change without losing them as friends?",
    "is it ok to skip friday drinks with my team every single week, i'm just wiped out by then",
    "Is it better to study in the morning or late at night?",
    "How does spaced repetition work, and is Anki worth the time it takes to set up?",
    "I'm 52 and going back to finish the degree I dropped out of 30 years ago. I haven't written an essay since the 90s and I'm worried I've forgotten how. Where should I start?",
    "My son got a C in calculus. Should he retake it or move on to the next course?",
    "how do i stop procrastinating on my thesis when the deadline still feels far away",
    "My daughter is a junior and scored 560 on SAT math; she's hoping to get into the 650s. Is a paid tutor worth it, or can she get there with free practice tests?",
    "How much should I tip movers for a two-bedroom apartment move?",
    "What should I say to a friend whose dog just died?",
    "Should we split the bill evenly when I only had a salad and everyone else ordered steak and wine?",
    "We've spent every Christmas with my husband's parents in Ohio for eight years. This year our kids are 4 and 7, and we'd love to wake up in our own house and start our own traditions. My mother-in-law takes this kind of thing very personally. How do we tell them without hurting them?",
    "My sister-in-law posts photos of my kids on her public Instagram without asking. I've hinted that I don't love it, but she doesn't pick up on it. How do I ask her to stop without starting a family drama?",
    "How soon is too soon to say 'I love you' to someone you're dating?",
    "text or call if i need to cancel a first date",
    "I moved to Denver eight months ago for a remote job and I'm 33. I still don't really know anyone outside work calls. I'm not into bars, but I like hiking and board games. How do people actually make friends as adults in a new city?",
    "Is it okay to let my 4-year-old watch the same movie every single day?",
    "My daughter just turned 3 and fights her afternoon nap every day, then falls apart by 5pm. At what age do most kids stop napping, and is she ready?",
    "My 10-year-old wants a phone because 'everyone in my class has one.' Should we give in, and if so, what kind of phone makes sense at that age?",
    "how do i get my 3 year old to stay in his own bed all night, he ends up in ours by 2am",
    "My 17-year-old just started working 15 hours a week at a grocery store. Should I charge her some rent, or let her keep it all?",
    "Our son Leo is 2 and says about 20 words, while his cousin of the same age talks in little sentences. Is that within the normal range, and when should we mention it to his doctor?",
    "My 6-year-old cries and throws the pieces every time she loses a board game, even against her little brother. How can I teach her to lose without a meltdown?",
    "Why does my dog kick up the grass with his back legs after he poops?",
    "can i give my dog peanut butter as a treat or is that bad",
    "How often should I bathe an indoor cat, if at all?",
    "Our lab, Rufus, is 13 and has started pacing and whining at night. The vet checked him and says he's healthy for his age. What can we do to help him settle down in the evenings?",
    "My niece won a goldfish at the fair and it now lives in a small round bowl on her dresser. Is that cruel, and what does a goldfish actually need?",
    "What's the difference between cleaning, sanitizing and disinfecting?",
    "How often should I replace my pillows?",
    "Does cleaning with vinegar and baking soda together actually do anything, or do they just cancel out?",
    "It's just me in my apartment, so it takes about five days to fill the dishwasher. Should I run it half full or wait until it's completely full?",
    "Every winter black mould shows up on the window frames in my rented bedroom. The landlord says it's my fault for not opening the windows enough. Is he right, and what can I do about it?",
    "I live in a third-floor apartment on a busy road. Why does everything get dusty again two days after I clean, and what actually helps?",
    "Is leftover pizza that sat on the counter overnight still safe to eat?",
    "What's the difference between a frittata and a quiche?",
    "can i refreeze chicken i thawed in the fridge but didnt cook",
    "Should I rinse raw chicken before I cook it?",
    "I seasoned my grandmother's old cast iron pan with vegetable oil in the oven, and now the surface feels sticky and gummy. What went wrong?",
    "I'm hosting Thanksgiving for the first time: 12 people, one small oven, and a 16-pound turkey. How should I plan the cooking so the sides aren't cold by the time the turkey is carved?",
    "how long are eggs actually good for after the date on the carton",
    "I'm flying to Japan for two weeks in April and everyone says it's still a cash-heavy country. Is it cheaper to exchange money before I go or use an ATM when I land?",
    "Why do airlines dim the cabin lights for takeoff and landing?",
    "We're taking my parents, both around 70, to Italy in September. My dad has a bad hip and can't walk more than about 20 minutes without a rest. Should we still do Rome and Florence, or pick somewhere quieter?",
    "Window or aisle seat for a 13-hour flight?",
    "what do i do if my checked bag doesn't come out at baggage claim",
    "Should I shut down my laptop every night or just close the lid?",
    "Is it safe to check my bank account on airport Wi-Fi?",
    "why does my phone get hot when all im doing is scrolling",
    "My iPad is nine years old and still works fine for recipes, YouTube and the occasional video call with my sister in Perth, but it won't update anymore. I don't do banking on it. Is it unsafe to keep using it, or am I fine for now?",
    "Is it bad to let my car idle for ten minutes to warm up on winter mornings?",
    "What's the difference between regular and premium gas, and does my car actually need premium?",
    "my car squeals for the first couple minutes on cold mornings then stops. what is that",
    "We live just outside Portland, Oregon, where it only snows a handful of days a year, but the hills get icy. Are winter tires worth it?",
    "Why does my windshield fog up on the inside whenever it rains?",
    "I'm 22 and buying my first used car with about $9,000. Is it smarter to get an older Toyota with 140,000 miles or a newer car from a brand with a worse reliability record?",
    "Are used coffee grounds actually good for plants?",
    "My fiddle-leaf fig has dropped six leaves since I moved it closer to a south-facing window two weeks ago. Before that it sat in a darker corner for a year and seemed happy, if a bit leggy. Should I move it back, or will it adjust?",
    "how do i keep squirrels from digging up my tulip bulbs every fall",
    "I'm new to the gym and leg day is my favourite. Is it bad to train the same muscles two days in a row?",
    "Is 10,000 steps a day a real target or just a number someone made up?",
    "why does the shower go cold when someone flushes the toilet",
    "Why do my windows have condensation on the inside in the morning?",
    "What's the difference between a condo and a townhouse?",
    "What's the difference between a will and a living trust?",
    "Is SPF 50 really much better than SPF 30?",
    "My mum is 78 and lives alone two hours away from me. She's still independent, but she's had two small falls this year and refuses to talk about moving somewhere with more support. How do I start that conversation without her feeling like we're taking over her life?",
    "We're redoing our kitchen with a $25,000 budget. The contractor wants most of it on custom cabinets, but I'd rather put it into better appliances. Which usually gives more value, both day to day and when we sell?",
    "I'm a freelance graphic designer and a client hasn't paid an $1,800 invoice that's now 45 days overdue. Every time I ask, they say 'next week.' What should I do next, and should I keep working on their current project?",
    "should i tell my boss i'm looking for another job",
    "We're having a small wedding, 40 people, and the budget is tight. Is it rude not to give single guests a plus-one?",
    "My upstairs neighbour walks around in heels at 6am and it wakes me up every day. The building is old with wooden floors, and we've never actually spoken. I don't want to be the grumpy neighbour from day one, but I'm exhausted. How should I bring it up?",
    "is eating lunch at my desk every day actually bad for me",
    "How can I tell if a houseplant needs a bigger pot?",
    "I'm 27 and I have €15,000 saved. My friends say to put it all in an index fund; my parents say keep it in the bank because I want to buy a flat in about three years. Who's right?",
    "Is it bad to wear the same running shoes for walking, gym and everyday use?",
    "Why does my skin get so dry and itchy every winter?",
    "I'm 20 and I've never had a credit card because I'm scared I'll overspend like my parents did. Should I get one anyway just to build credit?",
    "i always feel awkward at networking events, any tips for starting a conversation with a stranger",
    "What's the etiquette for a housewarming party, do I need to bring a gift?",
    "why does my cat always sleep on my laptop keyboard right when im trying to work",
    "Is it worth buying a rice cooker if I only make rice once or twice a week?",
    "Why does my car's fuel economy get worse in winter?",
    "I'm 29 and my dentist says I grind my teeth at night. She suggested a custom night guard for $400. Are the cheap boil-and-bite ones from the pharmacy any good?",
    "is it bad to sleep in contact lenses even just for a quick nap",
    "What's the 50/30/20 budget rule, and does it work if you earn minimum wage?",
    "My credit score dropped 40 points the month after I paid off my student loan. Why would paying off debt make it go down?",
    "We have 24 years left on our mortgage, and a broker says refinancing would save us $150 a month, but the fees come to about $3,500. There's a decent chance we'll move in four years. Is it worth doing?",
    "What's a realistic amount to save each month for a house deposit on a $55,000 salary?",
    "I've been offered a job at a 30-person company: $10k less than I make now, plus stock options. How do I figure out whether the options are worth anything?",
    "I start my first job as a manager next month, leading a team of six engineers I've never met. The last manager left suddenly and morale is apparently low. What should I focus on in the first three months?",
    "I built a small recipe app in my spare time that has about 200 users and has never made a cent. Is it worth putting on my CV when I apply for junior developer jobs?",
    "I'm leaving my job in two weeks and my boss wants a full handover document. What should go in it?",
    "Why can I remember song lyrics from 20 years ago but not what I studied last night?",
    "How do I tell a friend she has bad breath without embarrassing her?",
    "my parents want to stay with us for three weeks and our flat is tiny. how do i suggest a shorter visit without hurting them",
    "Am I expected to chip in every time someone at the office collects for a group gift?",
    "My 14-year-old son spends every evening gaming online with his friends, and his grades have slipped from Bs to Cs this term. I don't want to ban it outright. What limits are reasonable, and how do I set them without starting a war?",
    "My dad has dementia and is moving into a care home next month. How do I explain this to my 5-year-old, who adores her grandpa?",
    "Can I leave my cat alone for a weekend if I set up an automatic feeder and a water fountain?",
    "how often should i really be cleaning out the fridge",
    "Is it worth paying for a professional carpet clean before I move out of a rental?",
    "There's a brown ring on my bedroom ceiling that got bigger after last week's heavy rain. The house is a 1960s bungalow with a flat roof. How worried should I be, and who do I call first?",
    "Can I use olive oil for deep frying, or is that a waste of good oil?",
    "why do my cookies spread into thin puddles in the oven",
    "What's the difference between a Dutch oven and a slow cooker?",
    "I'm hosting a dinner party for ten on Saturday and want to get as much done ahead as possible. How far ahead can I make mashed potatoes without them going gluey?",
    "Is it worth signing up for an airline's frequent flyer program if I only fly twice a year?",
    "why is a one way ticket sometimes more expensive than a return lol",
    "We're driving from Toronto to Halifax this summer with a 1-year-old and a 4-year-old, about 18 hours according to Google. Should we split it over two days or three, and how do we keep the kids from losing it in the back seat?",
    "Our electricity bill went up 30% this year. Does unplugging appliances at night actually save much, or is that a myth?",
    "my laptop fan sounds like a jet engine whenever chrome is open. is that bad for it",
    "Is it safe to plug a space heater into an extension cord?",
    "My car manual says to change the oil every 10,000 miles but my garage says every 5,000. Who should I believe?",
    "My check engine light came on but the car seems to drive fine. Can it wait a week?",
    "I have one raised bed in a small back garden and I've grown tomatoes in it three years running. This summer's crop was poor and the lower leaves got spotty early. Do I need to rotate, and what could I plant there instead?",
    "why does my nose run when i eat spicy food",
    "What's the difference between using a mortgage broker and going straight to a bank?",
    "Is it tacky to ask wedding guests for cash instead of gifts?",
    "I'm 31 and single, and in the last year four of my closest friends have had babies. I feel left out, and honestly I'm not sure I even want kids. How do I stay close to them through this stage?",
    "My younger brother has asked to borrow $2,000, the second time this year, and he never paid back the first $800. Is it a bad idea to lend money to family, and how do I say no without a falling out?",
    "Our son is 23 and moved back home after university while he looks for work. How do we set house rules without treating him like he's still 15?",
    "What's the difference between a cover letter and a personal statement?",
    "is it weird to bring my own pillow when i stay at a hotel",
]

HOWTO = [
    "How do I stop a floorboard squeaking when it's under carpet?",
    "How do I fix a kitchen cabinet door that hangs crooked?",
    "How do I clean the filter at the bottom of my dishwasher?",
    "How do I make a dark roux for gumbo without burning it?",
    "How do I spatchcock a chicken?",
    "how do i temper chocolate at home without a thermometer",
    "Steps to make fresh egg pasta without a pasta machine?",
    "How do I make clarified butter or ghee?",
    "How do I cook dried chickpeas so they come out soft and creamy?",
    "How do I fillet a whole trout?",
    "how do i screen record on a mac and capture the sound too",
    "How do I set up a shared family calendar in Google Calendar?",
    "How do I add a drop-down list to a cell in Excel?",
    "Steps to wipe an Android phone before I sell it?",
    "How do I back up my Windows PC to an external hard drive?",
    "How do I stop apps from launching automatically when my laptop starts up?",
    "How do I hem a pair of jeans and keep the original hem?",
    "How do I make a simple macrame plant hanger?",
    "How do I knit a ribbed beanie on circular needles?",
    "What's the best way to paint a terracotta pot so the paint doesn't peel?",
    "how do i bind a small notebook by hand with needle and thread",
    "How do I pitch a tent in the rain without the inside getting soaked?",
    "How do I get a campfire going when all the wood is damp?",
    "How do I tie a bowline knot?",
    "Steps to winterize an outdoor faucet before the first freeze?",
    "How do I split firewood with an axe safely?",
    "How do I read the contour lines on a topographic hiking map?",
    "How do I dispute a mistake on my credit report?",
    "how do i register to vote after moving to a different county",
    "How do I get a document notarized?",
    "Steps to appeal a parking ticket I think was unfair?",
    "How do I repot an orchid without damaging the roots?",
    "How do I set up parental controls on my kid's iPad?",
    "How do I make a French omelette that's soft in the middle?",
    "How do I replace a single cracked floor tile without redoing the whole floor?",
    "how do i sign a pdf on my phone without printing it",
    "How do I make hollandaise sauce without it splitting?",
    "Steps to clean and reseal an old wooden deck?",
    "How do I request a copy of my medical records from my doctor's office?",
    "How do I patch a puncture in a bike inner tube?",
]

CODE = [
    "How do I compute the median of a list in Python by hand, without importing statistics or numpy? Handle even-length lists too.",
    "Write a Python function that takes two dates like '2024-03-01' and '2024-03-29' and returns how many weekdays are between them.",
    "given a partly filled sudoku as a 9x9 list of lists in python, with 0 for empty cells, how do i check it doesn't break any rules",
    "Write a Python function that spells out an integer in English words, like 342 -> 'three hundred forty-two', for numbers up to 9999.",
    "Write a Python function that turns a sorted list of integers into ranges, so [1, 2, 3, 7, 8, 10] becomes '1-3, 7-8, 10'.",
    "Write a Python script that renames every .jpg in a folder to start with its modification date, like 2024-05-12_beach.jpg.",
    "Write an LRU cache class in Python with get and put methods, without using functools.lru_cache.",
    "Write a Python function that merges overlapping intervals, e.g. [(1, 3), (2, 6), (8, 10)] -> [(1, 6), (8, 10)].",
    "python: find the first character in a string that appears only once, like 'swiss' -> 'w'",
    "Write a Python function that reads a log file and counts how many lines contain ERROR, WARNING and INFO.",
    "Write a Python function that finds the length of the shortest path from the top-left to the bottom-right of a grid of 0s (open) and 1s (walls) using BFS.",
    "Write a Python function that wraps a long string to a given line width without splitting words.",
    "In pandas, how do I keep only the rows where the 'status' column is 'active' and 'age' is over 30?",
    "Write a JavaScript function that debounces a search box so the API call only happens 300 ms after the user stops typing.",
    "Write a JavaScript function that turns a timestamp into a relative string like '5 minutes ago' or '3 days ago'.",
    "write a js function that checks whether two objects are deeply equal",
    "Write a TypeScript type guard that checks whether an unknown value is an object shaped like { id: number; name: string }.",
    "Write a JavaScript function that splits an array into two arrays: the items that pass a test function and the items that fail it.",
    "Write a SQL query that shows a running total of daily revenue from sales(sale_date, amount).",
    "Write a SQL query that finds customers who ordered in January but not in February, from orders(customer_id, order_date).",
    "write a sql query that ranks students by score within each class, table is scores(student_id, class_id, score)",
    "Write a bash script that prints a warning if disk usage on / goes above 90%.",
    "bash: how do I replace every 'http://' with 'https://' in all the .html files in a folder?",
    "Write a Rust enum for a traffic light with a method that returns the next light in the cycle.",
    "Write a Go function that fetches a list of URLs concurrently with goroutines and a WaitGroup and returns each status code.",
    "Write a Java method that counts how many times each character appears in a string using a HashMap.",
    "Write a C# method that reads a CSV file with name and age columns and returns a List<Person>.",
    "Write a C function that checks whether an unsigned number is a power of two using bitwise operators.",
    "What does this Python code do?\n\nfrom collections import Counter\nwords = text.lower().split()\ntop = Counter(words).most_common(3)\nprint(top)",
    "Can you explain this JavaScript step by step?\n\nconst total = cart\n    .filter(item => item.inStock)\n    .map(item => item.price * item.qty)\n    .reduce((sum, x) => sum + x, 0);",
    "explain what this command does: find . -name '*.log' -mtime +7 -exec rm {} \\;",
    "What do the asterisks mean in this Python function?\n\ndef log(msg, *args, **kwargs):\n    print(msg, args, kwargs)\n\nlog('hi', 1, 2, level='debug')",
    "Explain this SQL query to me:\n\nSELECT dept, AVG(salary)\nFROM employees\nGROUP BY dept\nHAVING AVG(salary) > 60000;",
    "What does this Rust code print, and why is it allowed?\n\nlet x = 5;\nlet x = x + 1;\n{\n    let x = x * 2;\n    println!(\"{}\", x);\n}\nprintln!(\"{}\", x);",
    "Why does this print [1, 2, 3, 4] when I only appended to b?\n\na = [1, 2, 3]\nb = a\nb.append(4)\nprint(a)",
    "This Python function crashes when the list is empty. How should I fix it?\n\ndef average(nums):\n    return sum(nums) / len(nums)",
    "Why does this loop never end?\n\ni = 0\nwhile i < 10:\n    if i % 2 == 0:\n        continue\n    i += 1",
    "My JavaScript function returns undefined instead of the user data:\n\nfunction getUser() {\n    fetch('/api/user')\n        .then(res => res.json())\n        .then(data => { return data; });\n}",
    "I changed one cell but the whole column changed. Why?\n\ngrid = [[0] * 3] * 3\ngrid[0][0] = 1\nprint(grid)",
    "This C loop prints a weird number at the end. What's wrong?\n\nint nums[5] = {1, 2, 3, 4, 5};\nfor (int i = 0; i <= 5; i++) {\n    printf(\"%d\\n\", nums[i]);\n}",
    "Why doesn't my Go slice get the new item?\n\nfunc addItem(items []string) {\n    items = append(items, \"apple\")\n}",
    "My Java code throws ConcurrentModificationException. How do I fix it?\n\nfor (String name : names) {\n    if (name.isEmpty()) {\n        names.remove(name);\n    }\n}",
    "Python says \"RecursionError: maximum recursion depth exceeded\" in my function. How do I track down the cause?",
    "What does \"TypeError: 'NoneType' object is not subscriptable\" mean in Python?",
    "npm install fails with \"ERESOLVE unable to resolve dependency tree\". What does that mean and how do I get past it?",
    "git push gives me \"error: failed to push some refs\" and says the remote contains work I don't have. What do I do?",
    "gcc gives me \"warning: implicit declaration of function 'strlen'\". What does it mean?",
    "python error: AttributeError: 'str' object has no attribute 'append', what did i do wrong",
    "Why does Python have tuples at all if lists can do everything they can?",
    "What's the difference between an abstract class and an interface in Java, and when do I pick which?",
    "Can you show the difference between INNER JOIN and LEFT JOIN in SQL with a tiny example?",
    "Give me a regex for dates written like 31/12/2024, day first, that rejects a month of 13.",
    "what regex would pull all the hashtags out of a tweet",
    "How do I squash my last three git commits into one before pushing?",
    "What's the difference between git merge and git rebase, and when should I use each?",
    "I accidentally committed a file with a password in it. How do I get it out of my git history?",
    "How do I search for a word inside every file in a folder from the Linux command line?",
    "how do i force quit a frozen app from the terminal on a mac",
    "When would I use a heap instead of just keeping a sorted list?",
    "Explain how a trie works and what kinds of problems it's good for.",
]

MATH_FORMS = [
    "What is the angle between the hour hand and the minute hand of a clock at {b}:{e}?",
    "if it's {b}:{e} am in Toronto, what time is it in Berlin? Berlin is 6 hours ahead",
    "A train travels at {e} meters per second. What is that in kilometers per hour, and in miles per hour?",
    "A cylindrical rain barrel has a radius of {e} cm and a height of {c}0 cm. How many liters of water can it hold?",
    "A car bought for ${d}00 loses {b}% of its value every year. What is it worth after {c} years?",
    "After a {e}% discount, {n} paid ${d} for a coat. What was the original price?",
    "If 1 British pound is worth 1.{e} US dollars, how many dollars do you get for {d} pounds?",
    "An appliance rated at {d} watts runs for {c} hours a day. If electricity costs {e} cents per kilowatt-hour, what does it cost to run for 30 days?",
    "{n} earns ${e} an hour and gets time and a half for overtime. How much does {n} make in a week with 40 regular hours and {b} hours of overtime?",
    "An arithmetic sequence starts {c}, {c2}, ... What is term number {e}, and what is the sum of the first {e} terms?",
    "What is the distance between the points ({b}, {c}) and ({e}, {a})?",
    "Find the slope and the equation of the line through the points (0, {c}) and ({b}, {a}).",
    "A drawer has {b} black socks and {c} white socks. If you grab two socks in the dark, what is the probability that they match?",
    "At a meeting of {a} people, everyone shakes hands with everyone else exactly once. How many handshakes is that?",
    "A lunch deal lets you pick one of {b} sandwiches, one of {c} drinks and one of {c2} snacks. How many different lunches can you make?",
    "You see a flash of lightning and hear the thunder {c} seconds later. Roughly how far away was the strike if sound travels about 343 meters per second?",
    "{n} leaves home walking at {c} km/h. Half an hour later, {n}'s sister follows on a bike at {e} km/h. How long does it take her to catch up?",
    "A course grade is 70% final exam and 30% coursework. {n} scored {e} out of 60 on the exam and {a} out of 60 on the coursework. What is the overall grade as a percentage?",
    "how long does it take to download a {c}.{b} GB file at {e} megabytes per second",
    "A block of an unknown material has a mass of {d} g and a volume of {e} cubic centimeters. What is its density, and would it float in water?",
    "What are the volume and the surface area of a ball with a diameter of {b2} cm?",
    "A trapezoid has parallel sides of {c} m and {e} m and a height of {b} m. What is its area?",
]

math_prompts = word_problems(MATH_FORMS, MATH_NAMES)

LISTS = [
    "List 8 houseplants that can handle a dim, humid bathroom.",
    "Give me 5 ideas for a 10-year-old's sleepover that don't involve screens.",
    "What are 10 high-protein vegetarian snacks under 200 calories?",
    "top 7 things to check before buying a used bike",
    "List 6 winter soups that freeze well.",
    "Give me 8 ideas for Secret Santa gifts for coworkers under $10.",
    "List 10 questions to ask at a parent-teacher conference.",
    "What are 5 good first pets for a kid who's allergic to cats and dogs?",
    "list 7 easy dinners for nights when i only have 15 minutes",
    "List 8 day trips from Edinburgh I can do by train or bus.",
    "What are 10 card games for a family with kids aged 7 to 12?",
    "Give me 5 ideas for a retirement party for a primary school teacher.",
    "List 6 gluten-free breakfasts that aren't just eggs.",
    "top 5 low-energy dog breeds for a small apartment",
    "List 9 things to check before the move-out inspection on a rental flat.",
    "Give me 7 ideas for a beach birthday party for 8-year-olds.",
    "List 8 perennials for a shady garden that bees and butterflies like.",
    "What are 6 quiet hobbies I can do at night in a shared apartment?",
    "List 5 cheap ways to soundproof a bedroom in a rental.",
    "List 10 autumn activities for a family on a tight budget.",
    "give me 5 hobby ideas for my dad who just retired and loves fixing things",
    "List 6 ways to keep a car cooler when it's parked in the sun all day.",
    "Give me 8 packed lunch ideas for a picky 5-year-old.",
    "List 7 kitchen tools worth buying for a first apartment, under $100 total.",
    "What are 5 exercises I can do in a hotel room with no equipment?",
    "List 10 Spanish phrases that are handy for a week in Mexico.",
    "Give me 6 baby shower theme ideas for a couple who loves camping.",
    "List 8 vegetables I can sow in early spring before the last frost.",
    "Give me 5 Mother's Day breakfast ideas a 7-year-old can help make.",
    "List 6 fish that are good for a beginner's 20-gallon tank.",
    "Give me 7 tips for clearing out a cluttered garage in one weekend.",
    "List 8 dinners for two people for a week on a $40 grocery budget.",
    "What are 6 good summer jobs for a 16-year-old?",
    "List 5 cheap ways to make a small balcony feel cozy.",
    "Give me 8 podcast ideas for a nurse who wants to start one about night shifts.",
    "Give me 5 ways to reuse old t-shirts instead of throwing them out.",
    "What are 6 hiking snacks that won't melt in summer heat?",
    "top 8 things to pack for a music festival if i only have a small backpack",
    "List 7 meals I can make in a dorm room with just a microwave and a kettle.",
    "List 6 art supplies worth buying for a teenager who's getting serious about drawing, on a $50 budget.",
]

WRITING = [
    "Write an email to my daughter's soccer coach, Mr. Okafor, letting him know Lily sprained her ankle and will miss the games on April 12 and April 19.",
    "write a text to my landlord saying the kitchen sink is leaking under the cabinet again, i put a bucket under it, can someone come tomorrow",
    "Write an email to my manager, Priscilla, asking to move our one-on-one from Thursday at 2 pm to Friday morning because of a dentist appointment.",
    "Draft an email to the Lincoln Elementary PTA offering to run the bake sale table at the spring carnival on May 17.",
    "write a text to my neighbor dave asking if i can borrow his extension ladder saturday morning to clean out the gutters",
    "Write an email to a venue called The Foundry on 5th asking about pricing and availability for a 60-person rehearsal dinner on Friday, September 26.",
    "Write an email to my landlord, Mr. Petrakis, giving 60 days' notice that I'm moving out of apartment 4B on August 31, and asking how I get my $1,500 deposit back.",
    "Write an email to a customer, Jordan Kim, explaining that the walnut desk they ordered on March 2 will be three weeks late because our lumber supplier is behind.",
    "write a quick text to the group chat saying sunday brunch is moved from 11 to 12:30 because the restaurant lost our reservation",
    "Write an email to my son's teacher, Ms. Delgado, asking for a short meeting about Ethan's reading. He's been saying he hates reading time and I'm worried.",
    "Draft a polite follow-up email to a client, Brightline Dental, reminding them that invoice #2087 for $2,350 was due on June 15.",
    "Draft an out-of-office email to my team: I'm on parental leave from October 6 to January 5, and Renata will handle my accounts while I'm out.",
    "Write an email to Iron Peak Fitness asking them to cancel my membership at the end of this month because I'm moving to Sacramento.",
    "text to my dad reminding him his cardiology appointment got moved to tuesday at 9:15 and that i'll pick him up at 8:30",
    "Write a short email to a freelance illustrator, Tomoko Hayashi, asking if she's available to draw 12 illustrations for a children's book about bees, and what she charges.",
    "Write a polite note to my upstairs neighbor asking if they could avoid running their washing machine after 10 pm, since my bedroom is right below their laundry closet.",
    "Write an email to my history professor, Dr. Nakamura, asking for a two-day extension on my paper about the Marshall Plan because I've had the flu all week.",
    "write a message to my airbnb host asking if we can check in early around noon on the 14th, our flight lands at 9 am",
    "Write a cover letter for a dental receptionist job at Smile Avenue in Columbus. I've worked the front desk at a hotel for three years and I speak English and Spanish.",
    "Write a cover letter for a junior web developer job at Pinecrest Media. I'm switching careers from restaurant management and just finished a 6-month coding bootcamp.",
    "Write a short cover letter for a seasonal trail crew job at Acadia National Park. I've done volunteer trail maintenance for four summers and I have my wilderness first aid certificate.",
    "i'm 17 and applying for a night stocker job at a grocery store, it's my first real job. can you write me a cover letter",
    "Write a letter of recommendation for my former intern, Daniel Reyes, who is applying to a master's in urban planning. He built our bike lane survey map and presented it to the city council.",
    "Write a character reference letter for my neighbor Grace Hollis, who is applying to become a foster parent. I've known her for nine years.",
    "Write a short LinkedIn recommendation for my coworker Farah, a project manager who kept our hospital's new scheduling software rollout on time.",
    "Write a thank-you note to my son's kindergarten teacher, Mr. Bauer, for the end of the school year. He really helped Leo get past his shyness.",
    "write a thank you text to my friend maya for driving me to the ER at 2am last week and staying with me till morning",
    "Write a thank-you card to our wedding guests, the Okonkwo family, for the stand mixer they gave us.",
    "Write a thank-you email to the speakers at our nonprofit's fundraising breakfast, which raised $18,000 for the Eastside Food Pantry.",
    "Write a thank-you note to the firefighters at Station 9 who got our cat Pumpkin down from the oak tree on Elm Street.",
    "Write an apology email to a client, Ms. Whitaker, for missing our 10 am call today because my previous meeting ran over, and offer two times to reschedule.",
    "write an apology text to my brother for saying his new girlfriend was boring at thanksgiving dinner",
    "Write an apology letter from our restaurant, Casa Verde, to a guest who waited 50 minutes for her food on her birthday. Offer her a free dinner for two.",
    "Write a short apology to my book club for canceling as host at the last minute on Thursday, and offer to host next month instead.",
    "Write a maid of honor speech for my sister Hannah's wedding to Marcus. They met as lifeguards at the same public pool when they were 16.",
    "Write a eulogy for my grandmother Edith, who raised six kids on a dairy farm in Wisconsin, loved polka dancing and made the best rhubarb pie in the county. About 3 minutes long.",
    "write a quick toast for my coworker luis's going-away drinks, he's moving to lisbon and he was the only one who could fix the printer",
    "I'm kicking off the summer reading program at Greenwood Library on Monday. Write a two-minute welcome speech for kids ages 6 to 10.",
    "Write a speech to open our company's 25th anniversary party. We started as a two-person print shop in Tacoma in 2000 and now have 80 employees.",
    "Write a toast for the rehearsal dinner from the groom's father. My son Adam is marrying Beatriz, and they're both veterinarians.",
    "Write a short student council campaign speech. I'm running for treasurer and I want more water fountains and a longer lunch period.",
    "Write an Instagram post for my yoga studio, Still Water, announcing a free community class on the first Sunday of every month starting in February.",
    "Write a LinkedIn post about being laid off from my marketing job after 7 years. Keep it positive and say I'm open to new roles in brand strategy.",
    "write a facebook marketplace post selling my gray sectional couch, 3 years old, no pets, no smoking, $200 or best offer",
    "Write a tweet for a public library announcing that overdue fines have been eliminated starting this month.",
    "Write a post for our neighborhood group about a lost orange cat named Mango last seen near Birch Street and 3rd Avenue. There's a $100 reward.",
    "write a tiktok caption for a video of my grandma trying sushi for the first time",
    "Write a product description for a soy candle called Cabin Morning that smells like cedar, coffee and orange peel. 8 oz, about 45 hours of burn time.",
    "Write an online store description for a collapsible silicone dog water bowl that clips onto a backpack with a carabiner.",
    "write a product description for handmade beeswax food wraps, set of 3 in small, medium and large",
    "Write a menu description for our new dish: smoked brisket tacos with pickled red onion and chipotle crema.",
    "Write a real estate listing for a 2-bedroom bungalow in Boise with a fenced yard, a new roof from 2022 and a detached garage, listed at $415,000.",
    "Write a sonnet about a broken umbrella someone left behind on a city bus.",
    "Write a poem about a night nurse's shift where every stanza ends with the word 'morning'.",
    "write a short poem about my grandpa's old blue pickup truck that we finally sold last month",
    "Write an acrostic poem using the word AUTUMN.",
    "Write three haiku about a beekeeper checking her hives on a hot July afternoon.",
    "Write a poem for my wife's 50th birthday that mentions our first tiny apartment in Queens and her terrible singing in the shower.",
    "Write a rhyming verse for a retirement card for our school bus driver, Gus, who drove the same route for 31 years.",
    "Write a 100-word story about a vending machine that gives people what they need instead of what they paid for.",
    "Write a short story told entirely in text messages between two astronauts on a space station arguing about whose turn it is to make dinner.",
    "write a bedtime story for my 4 year old about a tugboat named Tilly who thinks she's too small for the big harbor",
    "Write a short mystery story under 400 words where the key clue is a cup of tea that's still warm.",
    "Write the opening paragraph of a fantasy novel about a mapmaker whose maps change the land they describe.",
    "Write a story in exactly six sentences about a lost mitten finding its way back to its owner.",
    "tell me a clean joke about accountants",
    "give me a few cheesy puns about cheese for the chalkboard outside my cheese shop",
    "Write a knock-knock joke about a penguin that my 6-year-old can tell at school.",
    "need a funny one-liner to open my presentation on this year's tax changes, something that won't offend anyone",
    "Give me 5 slogan ideas for a food bank's holiday canned food drive.",
    "Write a tagline for an electric scooter rental company in San Diego called Zipline Rides.",
    "slogan ideas for my lawn mowing business, i'm 15 and it's called Greg's Grass Guys",
    "Write a short 'About Me' for my pet-sitting business website. I'm Carla, a former vet tech in Raleigh who has two rescue greyhounds.",
    "Write an 80-word speaker bio in the third person for Aisha Rahman, a cybersecurity engineer who teaches coding to teenage girls on weekends.",
    "write an instagram bio for my pottery account, short and a little quirky, i mostly make wonky mugs",
    "Write a 5-star review for Lopez Auto Repair. They told me my car didn't need the $900 brake job another shop quoted and only charged me for an inspection.",
    "write a 2-star review of some noise-cancelling headphones, really comfy but the left ear cup stopped working after 4 months",
    "Write a review of a family-run Vietnamese restaurant called Pho Saigon, mentioning the brisket pho, the fresh spring rolls and the friendly owner.",
    "Write a review of a walking tour in Lisbon with a guide named Rui who was funny and knew tons of history, though the tour ran 45 minutes over.",
    "Write a complaint letter to the city council about a pothole on Grant Avenue near Hillcrest Elementary that has been reported three times since January.",
    "Write a complaint to Northwind Airlines: my suitcase arrived four days late on my trip to Denver and I had to buy $240 of clothes. I want to be reimbursed.",
    "write a complaint email to my internet provider, the wifi drops every night around 9pm and support keeps telling me to restart the router",
    "Write a complaint to Oakline Home furniture store about a dining chair whose leg snapped after two weeks, asking for a replacement.",
    "Make this more formal: \"hey guys, meeting's pushed to 3, bring your numbers for the budget thing.\"",
    "Rewrite this to sound less harsh: \"Your report is full of mistakes and I'm not sure you even proofread it.\"",
    "can you make this sound calmer, it's for my kid's teacher: 'my son said you yelled at him in front of the whole class and i want to know why'",
    "Rewrite this in plain English: \"Pursuant to the terms of the lease, the tenant shall remit payment no later than the fifth day of each calendar month.\"",
    "Make this product blurb more exciting: \"This backpack has two pockets and a laptop sleeve. It is waterproof.\"",
    "Rephrase this so I don't sound like I'm bragging: \"I basically saved the whole project by myself after everyone else dropped the ball.\"",
    "Fix the spelling and punctuation: \"their going to the park tomorow, its supose to be sunny but bring a jacket incase\"",
    "make this more casual, it's a text to my friend: \"I regret to inform you that I will be unable to attend your gathering this evening.\"",
    "Condense this into one tweet: \"Our store will be closed on Monday for inventory. We'll reopen Tuesday at 9 am with new spring items and a 20% off sale all week.\"",
    "Rewrite this sentence in the active voice: \"The decision to cancel the trip was made by the committee after the budget was reviewed by the finance team.\"",
    "Write an announcement for a free outdoor movie night showing The Princess Bride at Lakeview Park on Friday, July 18, at dusk. Bring blankets and lawn chairs.",
    "write an announcement for our church rummage sale, saturday oct 4 from 8 to 2, all proceeds go to the youth mission trip",
    "Write an email to all staff announcing our new hybrid work policy: everyone is in the office Tuesday through Thursday starting May 1.",
    "What should I write in a sympathy card for a coworker whose father just passed away? I don't know her very well.",
    "Write a short get-well card message for my 8-year-old nephew, who broke his arm falling off his bike.",
    "write something funny for my brother's 40th birthday card, he's going bald and refuses to admit it",
    "Write a message for a farewell card for our office manager, Joyce, who is retiring after 22 years and always remembered everyone's birthday.",
]

# Pasted passages to summarise or extract from (the request before or after the passage), then well-known works
# and events to summarise without a passage.
SUMMARY = [
    ("tl;dr? i drive over this bridge every day\n\n"
     "MILLVALE — The Orchard Street bridge over the Tansy River, which carries about 11,000 vehicles a day between Millvale and East Corby, will close to all traffic on July 7 for a full replacement expected to take 14 months, state transportation officials announced Wednesday.\n\n"
     "The 1958 steel truss bridge was rated \"structurally deficient\" in a 2022 inspection, and a 10-ton weight limit has been in place since last spring, forcing fire engines from the East Corby station to take a longer route. The new concrete bridge, costing $23.6 million, will have wider lanes, a protected bike lane and a sidewalk on both sides.\n\n"
     "During construction, drivers will be sent on a signed detour via Route 41 and the Halsey Road bridge, adding roughly 4 miles and, officials estimate, 10 to 15 minutes at rush hour. A temporary footbridge for pedestrians and cyclists is scheduled to open by mid-August.\n\n"
     "Owners of shops along Orchard Street said they were nervous. \"Half my lunch customers walk over from the mill offices on the other side,\" said Tamsin Oduya, who runs the Tansy Deli. \"A month or more without the footbridge is going to hurt.\"\n\n"
     "The Millvale school district said bus routes for Corby Elementary will be redrawn and published by August 1. State officials will hold a public information session on June 19 at 6:30 p.m. in the Millvale High School cafeteria, and the detour map is already posted on the transportation department's website."),
    ("For the first time since the winter of 2016, the clock on the tower of Gorran Market Hall is telling the right time — thanks to an 81-year-old retired watchmaker who spent nine months of Saturdays restoring it.\n\n"
     "Eric Penhallow, who ran a jewellery and repair shop on Fore Street for 42 years before retiring in 2011, offered to look at the mechanism after reading a post on the Gorran community Facebook page complaining that the clock had been stuck at twenty past four for \"longer than anyone can remember.\"\n\n"
     "The clock, made in 1897 by a Croydon firm, had a snapped pendulum spring and several worn teeth in its gears. Penhallow made replacement parts on a lathe in his garage, cleaned the movement with the help of his grandson Jory, 16, and fitted a small electric motor to wind the weights automatically, so that no one has to climb the 52 steps twice a week anymore.\n\n"
     "The town council had been quoted £18,500 by a specialist firm in 2019 and shelved the repair. Penhallow's work cost £640 in materials, which the council has refunded. He refused any payment for his time.\n\n"
     "\"It's a good clock. It just needed someone to pay it a bit of attention,\" he said.\n\n"
     "The council plans to put up a small plaque in the market hall recording the restoration, and will hold a short ceremony when the clock strikes noon on Saturday 12 October, to which all residents are invited.\n\n"
     "Summarize this in one sentence."),
    ("Can you boil this down to three bullet points?\n\n"
     "Subject: Four-day week pilot starts 3 March\n\n"
     "Hi everyone,\n\n"
     "Following the staff survey in November, where 87% of you said you'd like to try a shorter week, the leadership team has agreed to run a six-month four-day week pilot at Brightwell Analytics, starting Monday 3 March and running until Friday 29 August.\n\n"
     "How it works: everyone will work 32 hours across four days for the same salary and benefits. Teams will be split into two groups, one off on Mondays and one off on Fridays, so that clients can reach us every weekday. Your manager will confirm your group by 14 February. If you work part-time, HR will contact you individually about how your hours will change.\n\n"
     "What we'll measure: client satisfaction scores, project delivery times, sick days and a short monthly wellbeing survey. If any team's numbers drop sharply for two months in a row, we'll sit down with that team and adjust, rather than cancel the pilot outright.\n\n"
     "What else changes: annual leave stays at 25 days, but will be converted to hours (200 a year) so it works fairly with the new pattern. Bank holidays that fall on your day off won't be given back as an extra day, which we know some of you won't love.\n\n"
     "There will be a Q&A on Thursday 20 February at 12:30 in the Atrium and on Teams. Please send questions in advance to pilot@brightwell.co.uk.\n\n"
     "Thanks,\nRachel Osei\nChief People Officer"),
    ("Dear Parents and Carers,\n\n"
     "From Monday 6 January, school lunches at St Aidan's Primary will be provided by a new caterer, Greenfork Kitchens, replacing Allied School Meals, whose contract ends at Christmas.\n\n"
     "Greenfork cooks all meals fresh in our own kitchen each morning, rather than delivering them from a central site. The menu runs on a three-week cycle and will always include a vegetarian main, a jacket potato option and a salad bar. The full menu for the spring term is attached and will also be posted on the school website.\n\n"
     "The price of a school lunch for children in Years 3 to 6 will rise from £2.45 to £2.60 a day. Meals for Reception, Year 1 and Year 2 remain free under the universal infant free school meals scheme, and families who receive free school meals will not be affected.\n\n"
     "We are also moving to a new online payment system, ParentPay. You will receive an activation letter in your child's book bag in the week of 9 December. Accounts must be topped up before the first day of term, and we cannot accept cash at the office after 20 December.\n\n"
     "If your child has a food allergy or a medical diet, please complete the new dietary form, even if you filled one in for Allied, and return it to the office by Friday 13 December. Greenfork's nutritionist will be at the school gate on Thursday 12 December from 3:00 to 3:45 pm to answer questions.\n\n"
     "With best wishes,\nMrs H. Adeyemi\nHeadteacher\n\n"
     "What are the key dates? I don't want to miss anything."),
    ("Is this review positive or negative overall, and why?\n\n"
     "I bought the Nuvo Glide R5 robot vacuum in January for £179 after my old one died, and after four months of daily use in a two-bed flat with a long-haired cat, here's where I've landed.\n\n"
     "Suction is honestly better than I expected at this price. It picks up cat hair from the hallway rug without any trouble, and the bin, while small at 300 ml, is easy to empty with one hand. The app set up in about five minutes and the scheduling works reliably. I have it run at 10 a.m. every day while I'm at work.\n\n"
     "Navigation is where it falls down. It doesn't have lidar, just a bump sensor and a gyroscope, so it cleans in rough zigzags and regularly misses the corner behind the sofa. Twice it has got wedged under the bathroom radiator and died there. The 'no-go zones' feature only works with magnetic strips, which are sold separately for £15.\n\n"
     "The mopping attachment is pointless. It basically drags a damp cloth around and leaves streaks on my laminate floor. I stopped using it after a week.\n\n"
     "Battery life is about 95 minutes on standard power, which is more than enough for my flat, but only around 60 on max.\n\n"
     "For a small flat with simple furniture, I'd still recommend it — it does the boring daily job well. If you have a big house or lots of rooms, spend more on something with proper mapping. Three and a half stars."),
    ("Review: Harrow Peak GTX mid boots — 5 months, about 400 km\n\n"
     "I'm a fairly heavy hiker (95 kg, usually carrying a 12 kg pack), so boots get a hard time from me. I bought the Harrow Peak GTX in March for €189 to replace a pair of leather boots that took ages to break in.\n\n"
     "Comfort out of the box is excellent. I wore them straight onto a 22 km day in the Picos de Europa with no blisters at all. The toe box is roomy, which my wide feet appreciated, and the padding around the ankle doesn't rub even on long descents.\n\n"
     "Grip is the highlight. The Vibram sole stuck to wet limestone better than anything I've worn. The waterproof membrane also held up through a full day of rain in the Scottish Highlands in June, although my feet got warm and sweaty on hot days in Spain.\n\n"
     "Durability is the worry. After roughly 400 km the stitching on the outer side of the left boot has started to come apart, and the lugs under the heel are noticeably worn. Customer service offered a repair, but I'd have to post them away for three weeks.\n\n"
     "They're also quite stiff for casual use. On pavements and in town they feel clunky and loud, and I wouldn't wear them as everyday shoes.\n\n"
     "Overall: brilliant on the trail, comfortable and grippy, but I'm not convinced they'll last more than a season or two at my weight. Four stars for performance, two for build quality.\n\n"
     "I mostly walk on city streets and do maybe two mountain hikes a year. Based on this review, should I buy these?"),
    ("Pull out the action items, with who's responsible for each.\n\n"
     "Riverside Court Residents' Association — Minutes\nMonday 14 April, 7:00 pm, Block C community room\nPresent: Agnieszka Nowak (chair), Dele Bankole (treasurer), Mei Tanaka (secretary), Ron Whitlow, Fatima Sheikh, and 9 residents. Apologies: Graham Kerr.\n\n"
     "1. Parking. Residents reported non-residents using the car park on match days at Meadow Lane stadium. The managing agent, Clearview Estates, has quoted £2,400 for a barrier with fob entry. Agreed to survey residents before committing. Mei to draft the survey and send it out by 25 April.\n\n"
     "2. Lift in Block B. Out of service for 11 days in March. Clearview says a replacement motor part was on back order. Ron to write to Clearview asking for a written maintenance schedule and a reduction in the service charge for affected floors.\n\n"
     "3. Finances. Dele reported a balance of £3,186. The spring garden day will cost about £350 for plants, compost and tool hire. Approved unanimously.\n\n"
     "4. Garden day. Saturday 17 May, 10 am to 2 pm. Fatima will coordinate volunteers and ask the Co-op on Station Road to donate drinks and snacks. Agnieszka will book the skip.\n\n"
     "5. Bins. Recycling bins in Block A are regularly overflowing. Agnieszka to ask the council for an extra collection or a larger bin.\n\n"
     "6. AOB. Residents asked about a WhatsApp group for urgent building issues. Mei will set it up and add anyone who gives consent.\n\n"
     "Next meeting: Monday 9 June, 7:00 pm, same room."),
    ("Wavefront FM 104.2 — Board Meeting Minutes\nThursday 6 November, 6:30 pm, Studio 2\nPresent: Imogen Clarke (chair), Tariq Mahmood, Bev Osgood, Sanjay Rao; Lorna Fitch (station manager, non-voting)\n\n"
     "Transmitter. Lorna reported that the transmitter on Cobb Hill was off air for a total of 31 hours in October, mostly because of power cuts. A battery backup system would cost £4,800. The board voted 3–1 to buy it from reserves, with Bev against, preferring to wait for a grant decision in January.\n\n"
     "Schedule. Mo Adebayo, who presents the Saturday breakfast show, is stepping down after eight years at the end of December. The board agreed to advertise the slot to existing volunteers first, with applications closing 28 November. Tariq and Lorna will run auditions.\n\n"
     "Licence. The community radio licence renewal is due by 31 March. Sanjay will prepare the application, including figures from the summer listener survey, which showed an estimated weekly reach of 14,000.\n\n"
     "Fundraising. Last December's radiothon raised £6,210. The board agreed to repeat it on 13 December with a target of £7,500. Imogen suggested adding a live raffle; approved.\n\n"
     "Training. Six new volunteers completed the basic studio course in October. Bev proposed a refresher on defamation and election coverage rules before the May local elections. Agreed; Bev to contact the Community Media Association about a trainer.\n\n"
     "Next meeting: Thursday 4 December, 6:30 pm.\n\n"
     "what did they actually decide? just the decisions please"),
    ("What's the main point of this email and what do I need to do?\n\n"
     "Subject: Boiler replacement at 14 Lindley Road — access needed\n\n"
     "Hi Jonah and Priya,\n\n"
     "I hope you're both well. I'm writing about the boiler. After the engineer's visit on 2 October, when he had to reset it for the third time this year, I've decided to replace it rather than keep paying for repairs. The new one will be a modern combi boiler, which should also bring your gas bills down a bit.\n\n"
     "The installers, Hartley Heating, have given me two possible dates: Tuesday 21 October or Thursday 23 October. The job takes a full day, starting around 8 am, and there will be no hot water or heating from about 9 until 5. They'll need access to the kitchen, the airing cupboard on the landing, and the loft, because the old water tank up there is being removed.\n\n"
     "Could you let me know by Friday which date works better, and whether one of you can be in to let them in? If neither of you can be home, I can come over with my key and stay while they work, but I'd rather you knew in advance.\n\n"
     "Please could you also clear the airing cupboard and move anything stored in the loft near the hatch, as they'll need space to get the tank out.\n\n"
     "As a small thank you for the disruption, I'll take £50 off November's rent.\n\n"
     "Any questions, just call me on 07700 912 446.\n\n"
     "Best wishes,\nCarol Pemberton"),
    ("Dear Mr and Mrs Haddad,\n\n"
     "I'm writing about Layla's Year 10 history coursework. As you may know, the coursework counts for 20% of the final GCSE grade, and the first draft of the source analysis section was due on Monday 3 February.\n\n"
     "Layla hasn't handed it in yet. When I spoke to her after class, she told me she has started it but is finding it hard to choose which sources to use, and she seemed quite anxious about it. I want to stress that she is a capable student — her essay on the causes of the First World War last term was one of the strongest in the class, and her contributions in lessons are thoughtful.\n\n"
     "I'd like to help her get back on track before this becomes a bigger problem. I've offered her two catch-up sessions with me in room H4 at lunchtime on Wednesday 12 and Friday 14 February, where we can go through the sources together. It would help if you could encourage her to attend.\n\n"
     "The new deadline for the first draft is Friday 21 February. There's a little flexibility, but the exam board requires the final version by 25 April, so we do need a draft before half-term to leave time for feedback.\n\n"
     "If there is anything going on at home or elsewhere that I should be aware of, please feel free to contact me in confidence at d.morgan@kingsfieldacademy.org.uk or through the school office on 01632 960 781.\n\n"
     "Kind regards,\nDaniel Morgan\nHead of History\n\n"
     "my daughter's teacher sent this. how worried should i be, and what is he asking us to do?"),
    ("Summarize this support thread. Has the problem actually been fixed yet?\n\n"
     "Ticket #58213 — Charged twice for annual plan\n\n"
     "Customer (Marta Lindqvist), 3 June, 09:14:\nHi, I upgraded to the Pixelnest Photo annual plan on 1 June and my card statement shows two charges of €89.99 on the same day. Can you refund the duplicate?\n\n"
     "Agent (Kwame), 3 June, 11:02:\nHi Marta, sorry about that. I can see one successful payment on your account, but our payment processor shows a second authorisation a few seconds later. This is usually a temporary hold that disappears within 5–7 business days. Could you check whether both charges are marked as pending or completed?\n\n"
     "Customer, 3 June, 13:40:\nBoth say completed. Screenshot attached.\n\n"
     "Agent (Kwame), 4 June, 10:15:\nThanks for the screenshot — you're right, both went through. It looks like the upgrade button was pressed twice while the page was loading. I've issued a refund of €89.99 for the second charge (refund ID RF-20931). It can take up to 10 business days to appear, depending on your bank.\n\n"
     "Customer, 17 June, 08:52:\nIt's been 9 business days and I still don't see the refund.\n\n"
     "Agent (Sofia), 17 June, 14:30:\nHi Marta, I've checked with our payments team. The refund was sent on 4 June and the processor confirms your bank accepted it on 6 June. Some banks show refunds as a separate credit rather than reversing the original charge. If you still can't find it by 21 June, reply here and we'll send you a reference number to give your bank.\n\n"
     "Status: Awaiting customer"),
    ("What's been tried so far, and what's the next step?\n\n"
     "Support thread — Homely Hub thermostat keeps going offline\n\n"
     "Customer (Dev Kapoor), 11 Jan:\nMy Homely Hub thermostat drops off Wi-Fi every night around 2 am and doesn't reconnect until I restart it. Firmware 4.2.1, router is a mesh system.\n\n"
     "Agent (Lucy), 11 Jan:\nCould you try a factory reset (hold the dial down for 15 seconds) and set it up again? Please also make sure it's connecting on the 2.4 GHz band, as the Hub doesn't support 5 GHz.\n\n"
     "Customer, 13 Jan:\nDid the reset and set up a separate 2.4 GHz network just for it. Still dropped off at 2:07 am last night.\n\n"
     "Agent (Lucy), 13 Jan:\nSome mesh routers run a nightly channel optimisation that can knock older devices off. Could you check whether yours does this and turn it off for a few days?\n\n"
     "Customer, 16 Jan:\nTurned off automatic channel selection and fixed it on channel 6. Dropped off again on the 15th at 2:11 am. That's five nights in a row now.\n\n"
     "Agent (Raj, Tier 2), 17 Jan:\nHi Dev, I've taken over your case. I've pulled the device logs, and the Hub is rebooting itself at 2 am because a scheduled update check fails and doesn't retry correctly. This is a known bug in 4.2.1 affecting a small number of units, and it's fixed in firmware 4.2.3, due on 24 January. In the meantime I can push the beta version to your device today, or we can send you a replacement unit. Let me know which you'd prefer."),
    ("Explain this to a 10-year-old\n\n"
     "Part-night streetlight dimming partially restores nocturnal pollination in suburban meadows\n\n"
     "Artificial light at night is a growing threat to nocturnal insects, and moths in particular play an overlooked role in pollinating wild plants. Many local authorities now dim or switch off streetlights after midnight to save energy, but little is known about whether this helps pollinators. We studied 24 roadside meadow patches in three towns in Bedfordshire, England, over two summers (2022 and 2023). Eight patches were next to streetlights left fully on all night, eight were next to lights dimmed by 50% between midnight and 5 a.m., and eight were in unlit control areas. We counted moth visits to flowers using infrared cameras and measured seed set in bird's-foot trefoil (Lotus corniculatus) and white campion (Silene latifolia). Moth visits near fully lit streetlights were 62% lower than at unlit sites. At dimmed sites, visits were 28% lower than at unlit sites, meaning dimming recovered roughly half of the lost activity. Seed set in white campion, which depends heavily on night-flying moths, followed the same pattern, whereas seed set in bird's-foot trefoil, which is mostly visited by bees during the day, did not differ between treatments. Our results suggest that part-night dimming is a useful but incomplete measure, and that switching lights off entirely or using amber lighting near sensitive habitats may be needed to fully protect night-time pollination."),
    ("Background: Private wells supply drinking water to millions of rural households, yet unlike public water systems they are not regulated, and many contain lead above the action level of 15 parts per billion (ppb). Commercial filters certified for lead removal work well but cost between $40 and $300, plus replacement cartridges.\n\n"
     "Methods: We developed a gravity-fed filter using biochar made from pecan shells, a waste product of the Georgia pecan industry, packed into a 2-litre plastic housing. The filter was first tested in the laboratory with water spiked with lead at 50, 150 and 400 ppb, and then in a field trial in 37 rural households in southern Georgia whose well water had tested above 15 ppb. Households used the filter for all drinking and cooking water for 12 weeks, and samples were taken every two weeks.\n\n"
     "Results: In the laboratory, the filter removed more than 95% of lead at all three concentrations for the first 600 litres. In the field, median lead concentration fell from 41 ppb in unfiltered water to 3 ppb in filtered water. Thirty-four of the 37 households (92%) stayed below 15 ppb for the whole trial. Performance dropped after about 700 litres, suggesting the biochar should be replaced every two to three months. The materials for each filter cost $6.80.\n\n"
     "Conclusions: Pecan-shell biochar filters are a cheap and effective way to reduce lead exposure in households that rely on private wells, although larger trials and formal certification testing are needed before they can be widely recommended.\n\n"
     "What's the main finding here, and how big was the study?"),
    ("Can I make these the day before a party? And what do I need to buy?\n\n"
     "My grandmother Despina made these leek and feta pies every Easter in her kitchen in Thessaloniki, and for years I was too scared to try, because she rolled her own filo with a broom handle. Here's the secret: you don't have to. Shop-bought filo works beautifully.\n\n"
     "You'll need 4 large leeks, 2 tablespoons of olive oil, a big bunch of dill, 200 g of feta, 2 eggs, black pepper, a 270 g pack of filo pastry and about 80 g of melted butter.\n\n"
     "Slice the leeks thinly and cook them gently in the olive oil for 20 minutes, until soft and sweet but not browned. Let them cool for at least 15 minutes — this matters, or the eggs will scramble. Stir in the chopped dill, crumbled feta, beaten eggs and plenty of pepper. You probably won't need salt, because the feta is salty enough.\n\n"
     "Cut the filo into strips about 8 cm wide. Put a spoonful of filling at one end, fold the corner over to make a triangle, and keep folding until you reach the end of the strip, brushing with butter as you go. You should get about 24 triangles.\n\n"
     "Bake at 190°C for 25 minutes, until deep golden. They're best warm, but Despina always insisted they tasted better the next day, eaten cold with a glass of wine.\n\n"
     "Make-ahead tip: you can freeze the unbaked triangles on a tray, then bag them up once they're solid. Bake straight from frozen, adding 10 minutes to the cooking time."),
    ("Job title: Night Shift Team Leader — Warehouse\nCompany: Fairline Distribution\nLocation: Unit 7, Brackmills Industrial Estate, Northampton\nSalary: £31,500 a year plus 15% night shift allowance\nHours: 4 nights on, 4 nights off, 10 pm to 8 am\n\n"
     "About us: Fairline stores and ships homeware and garden products for more than 40 UK retailers. Our Northampton site handles around 18,000 orders a night in the run-up to Christmas.\n\n"
     "The role: You'll lead a team of 12 to 18 pickers and packers, making sure orders are picked accurately and loaded onto trucks before the 6 am departure cut-off. You'll plan the night's work, cover absences, carry out safety walks and coach new starters through their first four weeks.\n\n"
     "What we're looking for:\n- At least three years' experience in a warehouse, including at least one year supervising or leading others\n- A valid counterbalance forklift licence, or willingness to get one in your first three months (we'll pay for the training)\n- Confidence using handheld scanners and a warehouse management system; experience with SAP EWM is a bonus\n- Good written and spoken English for shift handover reports\n\n"
     "What we offer: 28 days' holiday including bank holidays, a 5% matched pension, free on-site parking and a subsidised canteen that stays open through the night. Team leaders who complete our 12-month Leadership Pathway can apply for Shift Manager roles.\n\n"
     "How to apply: send your CV and a short cover note to careers@fairlinedist.co.uk by Sunday 9 November. Interviews will be held on site in the week of 17 November.\n\n"
     "I've got two years in a warehouse, the last one as a shift supervisor, and no forklift licence. Do I meet the requirements for this?"),
    ("tl;dr — what's the pay, is it remote, and when's the deadline?\n\n"
     "Part-Time Bookkeeper (20 hours a week) — Crumb & Co. Bakeries\n\n"
     "Crumb & Co. is a family-owned bakery business with five shops in and around Bristol and a wholesale kitchen in Avonmouth supplying 60 cafés. Our owner, who has done the books herself since 2009, has finally admitted she needs help.\n\n"
     "What you'll do:\n- Process supplier invoices (around 250 a month) and match them to delivery notes\n- Reconcile our four bank accounts and the card terminals each week\n- Run weekly payroll for 48 staff, working with our external accountant at year-end\n- Prepare quarterly VAT returns in Xero\n\n"
     "What you'll need:\n- At least two years of bookkeeping experience, ideally in retail or hospitality\n- Confidence with Xero (essential) and payroll software\n- AAT Level 3 or equivalent is preferred but not essential if you have solid experience\n- To be organised, calm and happy working in a small, busy team\n\n"
     "Pay and hours: £16.50 to £18.00 an hour depending on experience. 20 hours a week, spread over three or four days to suit you. After a three-month settling-in period, up to two days a week can be worked from home; the rest is at our office above the Gloucester Road shop.\n\n"
     "Perks: free bread, obviously, plus 30% off in all our shops, a pension, and 20 days' holiday plus bank holidays (pro rata).\n\n"
     "To apply, email a CV and a few lines about yourself to Nell Hardacre at jobs@crumbandco.co.uk. Closing date: 30 September. Interviews will be in early October."),
    ("What do I need to bring, and is there anything I should keep quiet about?\n\n"
     "Shh — it's a surprise!\n\n"
     "You're invited to a surprise 70th birthday party for Dr Ruth Ambler\n\n"
     "Ruth has spent 38 years as the family doctor in Langley Cross, delivered half the village (literally), and still swims in the reservoir every morning from May to October. She thinks we're taking her out for a quiet dinner on her birthday. We're not.\n\n"
     "When: Saturday 8 March, from 6:30 pm. Please arrive by 6:45 at the latest — Ruth's son Matthew will bring her in at 7:15, and we want everyone hidden in the main room before she walks through the door.\n\n"
     "Where: The Old School Rooms, Church Lane, Langley Cross. Please park at the Fox & Hounds (the landlord has kindly agreed), not on Church Lane, because Ruth will drive past and notice the cars.\n\n"
     "What to bring: Nothing but yourselves. Food is a buffet by Hestia Catering, and there will be a bar. If you'd like to, please bring one printed photo of you with Ruth, or a short written memory, for a scrapbook we're making. Instead of presents, Ruth would want donations to the Langley Cross Wild Swimming Club's new changing hut; there'll be a box on the night.\n\n"
     "Dress: Smart casual. Swimming costumes optional but not encouraged.\n\n"
     "RSVP: Please reply to Helen (Ruth's daughter) by 22 February on 07700 900 318 or at helen.ambler@mailbox.org — and please don't reply on the family WhatsApp group, because Ruth is in it.\n\n"
     "We can't wait to see you there."),
    ("Can I cancel my gym membership whenever I want? Explain this section in plain English.\n\n"
     "Section 7 — Cancelling or Freezing Your Membership (IronLeaf Fitness Membership Terms, effective 1 January)\n\n"
     "7.1 Rolling monthly memberships may be cancelled at any time by giving at least one full calendar month's notice. Notice must be given in writing, either using the cancellation form in the IronLeaf app or by email to members@ironleaf.fit. Notice given by telephone or to staff at reception will not be accepted.\n\n"
     "7.2 Your notice period starts on the first day of the month after we receive your request. For example, if you cancel on 10 March, your last payment will be taken on 1 April and your membership will end on 30 April.\n\n"
     "7.3 Twelve-month contract memberships cannot be cancelled during the minimum term except in the circumstances listed in 7.5. After the minimum term ends, the membership becomes a rolling monthly membership under 7.1.\n\n"
     "7.4 You may freeze your membership for between one and three months in any 12-month period. Freezes cost £5 per month and must be requested at least seven days before your next payment date. A freeze does not extend a 12-month minimum term unless it is for medical reasons.\n\n"
     "7.5 We will end any membership, including a 12-month contract, without a notice period if you provide evidence that you (a) have a medical condition that prevents you from exercising for more than three months, (b) have been made redundant, or (c) have moved home to more than 15 miles from your nearest IronLeaf club."),
    ("4. How We Share Your Information (Strideline Privacy Policy, updated 2 May)\n\n"
     "We do not sell your personal information to anyone, and we do not let advertisers target you based on your health or activity data.\n\n"
     "We share information only in the following situations:\n\n"
     "Service providers. We use other companies to help us run Strideline, such as cloud hosting and payment processing. These companies can only use your data to provide services to us, and they are bound by contracts that require them to protect it.\n\n"
     "Your choices. If you connect Strideline to another app we will send the data you choose to that app. You can disconnect at any time in Settings > Connected Apps, but we cannot delete data that has already been sent; you will need to ask that app directly.\n\n"
     "Research. With your separate opt-in consent, we may share de-identified step counts, heart-rate trends and sleep data with university research partners. This data has your name, email and exact location removed. You can withdraw consent at any time, and we will stop including your data in future studies, but data already used in a published study cannot be withdrawn.\n\n"
     "Legal reasons. We may disclose information if required by law, for example in response to a court order, or to protect someone's safety in an emergency.\n\n"
     "Business changes. If Strideline is bought by or merges with another company, your information may be transferred to the new owner, who will be bound by this policy. We will tell you at least 30 days before this happens.\n\n"
     "Do they sell my data or not? Answer based on this excerpt."),
    ("How is the writer feeling in this diary entry, and why?\n\n"
     "Tuesday 14th November\n\n"
     "First day at the new job and I'm writing this on the 18:52 back from Leeds, because if I don't get it down now I'll forget half of it.\n\n"
     "The office is on the sixth floor of a building that used to be a wool warehouse, and you can see the whole canal from the kitchen. Nobody told me there'd be a kitchen with free porridge. Small victories.\n\n"
     "My manager, Oyelaran, is about my age, which threw me. She's quick and kind and clearly very busy — she had a 15-minute slot for me at 9:30 and then disappeared into meetings until four. I spent most of the day getting my laptop set up with a guy called Phil from IT, who has worked there for 23 years and told me the entire history of the company's email systems. I now know more about Lotus Notes than anyone my age should.\n\n"
     "The actual work looks harder than I thought. They gave me the Hensall account to shadow, and the spreadsheet has 41 tabs. Forty-one. I nodded a lot and wrote down words I'll need to google tonight.\n\n"
     "I did have lunch with two others from the team, Callum and Shreya, and they were lovely. Shreya started in June and said she felt exactly the same for her first month, which helped more than she probably knows.\n\n"
     "Tired, a bit overwhelmed, but I think — cautiously — I'm going to like it. Need to buy a better umbrella. Bed by ten."),
    ("give me the gist\n\n"
     "Interview with Joanna Przybylska, founder of the Eastgate Repair Café, 3 April\n\n"
     "Q: How did the repair café start?\nA: In 2019 my toaster broke, and the shop said it would cost more to fix than to buy a new one. My dad was an electrician in Gdańsk and he fixed everything, so I thought, there must be people like him here. I put a notice up in the library asking for volunteers, and eleven people came to the first meeting.\n\n"
     "Q: How does it work?\nA: We meet on the second Saturday of every month in St Luke's church hall, from ten until one. You bring something broken — a lamp, a jumper, a bike, a laptop — and a volunteer sits with you and tries to fix it. It's free, though there's a donation jar, and tea and cake.\n\n"
     "Q: What's your success rate?\nA: Since we started, we've looked at 2,140 items and fixed about 68 percent. Modern electronics are the hardest, because so many are glued shut and you can't get parts.\n\n"
     "Q: What's been the biggest challenge?\nA: Volunteers, honestly. We have 26 now, but only three people who can do electronics, and they're all over seventy. We desperately need younger people who can solder.\n\n"
     "Q: What's next?\nA: We want a permanent workshop, open two evenings a week. The council has offered us an empty shop unit on Market Street at low rent, and we're applying for a lottery grant in June to fit it out."),
    ("What are this user's main frustrations? Bullet points please.\n\n"
     "User interview #7 — Basketly grocery app\nParticipant: P7, 34, nurse, lives in Cardiff, orders weekly. Interviewer: Anya (UX research). 22 August.\n\n"
     "Anya: Can you walk me through your last order?\nP7: Sure. I usually do it on Sunday night after my shift. I start from my favourites list because I buy the same stuff every week — milk, bread, fruit for the kids, that kind of thing. That bit's fine. It's after that where it gets annoying.\n\n"
     "Anya: Annoying how?\nP7: Well, the delivery slots. By Sunday evening all the good slots for Monday and Tuesday are gone, and you only find that out at checkout, after you've filled the whole basket. I'd rather pick the slot first. Twice last month I ended up going to the shop anyway.\n\n"
     "Anya: Anything else at checkout?\nP7: Substitutions. I've had oat milk swapped for normal milk, and my son is allergic to dairy. There's a box to say \"no substitutes,\" but you have to tick it for every item separately. Why can't I just say \"never substitute this product\" once and be done with it?\n\n"
     "Anya: What do you like about the app?\nP7: Honestly, the prices are good and the drivers are lovely. And I like that it shows the unit price, so I can see whether the big pack is actually cheaper.\n\n"
     "Anya: If you could change one thing?\nP7: Let me book a slot first and hold it for, say, an hour while I shop. That's it. I'd stop looking at the other apps."),
    ("Who are the characters in this passage, and what's the tension between them?\n\n"
     "The last ferry of the season left Inis Rua at four, and by five the island had gone quiet in the way that Nora had dreaded since August.\n\n"
     "Her brother Declan was on the slipway, coiling rope with more care than rope deserved. He hadn't looked at her since lunch, since she'd told him about the letter from the nursing college in Galway, and about the place she'd been offered starting in January.\n\n"
     "\"You'll be back at weekends,\" he said finally. It wasn't a question.\n\n"
     "\"The boat doesn't run at weekends in winter, Dec. You know that.\"\n\n"
     "He set the rope down. Out past the harbour wall the water was the colour of slate, and the ferry was a white speck turning toward the mainland. Their father had worked that boat for thirty-one years. Declan had taken it over when their father's hands got bad, and he had always assumed, Nora knew, that she would be the one who stayed on the island and kept the house, the way their aunt Bríd had.\n\n"
     "\"Mam would have wanted you to go,\" she said.\n\n"
     "\"Mam's not here.\" He said it quietly, which was worse than shouting. Then he picked the rope up again, and she watched him finish the coil, the loops perfect and even, and lay it on the deck of the little boat.\n\n"
     "\"I'll help you pack,\" he said, and walked up the hill toward the house without waiting for her, and she understood that this was the nearest thing to a blessing she was going to get."),
    ("The repair drone arrived at Station Halden eleven days late, which for Mira Oduya meant eleven more days of eating cold rations and talking to the air recycler, which she had named Gerald.\n\n"
     "\"It's here, Gerald,\" she said, watching the small silver craft nose into the docking ring. \"We're saved.\"\n\n"
     "Gerald, as usual, said nothing. He hummed, a little unevenly, the way he had since the solar storm fried half the station's systems.\n\n"
     "The drone unfolded itself inside the airlock like a mechanical spider and scanned her with a red beam. \"Technician Oduya,\" it said in a pleasant, bored voice. \"I have been dispatched to restore primary power and communications. Estimated repair time: nine hours.\"\n\n"
     "\"Take your time,\" Mira said, and meant it less than she sounded.\n\n"
     "It worked through the night. Panels came off walls. Around three in the morning the main lights flickered and came back on, white and bright and strange after weeks of red emergency glow. The comms panel chimed with forty-six unread messages, most of them from her mother.\n\n"
     "By breakfast the drone was packing itself away. \"Repairs complete,\" it said. \"I have also replaced the faulty atmospheric recycling unit.\"\n\n"
     "Mira froze with a spoon halfway to her mouth. The hum was different now: smooth, steady, perfect.\n\n"
     "\"Where's the old one?\"\n\n"
     "\"Scheduled for disposal at the next supply drop.\"\n\n"
     "She put the spoon down, went to the cargo bay, found the battered grey unit sitting in a crate marked WASTE, and sat down beside it on the cold floor.\n\n"
     "i don't get the ending. why does she go and sit next to the old machine?"),
    ("Did this experiment support the hypothesis? Short answer with the numbers.\n\n"
     "Biology Practical Report: Effect of Light Colour on the Growth of Cress Seedlings\nStudent: Amara Nwosu, Class 9B. Dates: 12–26 September\n\n"
     "Aim: To find out whether the colour of light affects how tall cress seedlings grow.\n\n"
     "Hypothesis: Seedlings under red and blue light will grow taller than those under green light, because chlorophyll absorbs red and blue light most strongly and reflects green.\n\n"
     "Method: Four trays were each sown with 40 cress seeds on damp cotton wool. Each tray was placed in a cardboard box lined with foil and lit for 12 hours a day by an LED strip: white, red, blue or green. All trays were kept at about 21°C and watered daily. After 14 days, the heights of 20 randomly chosen seedlings in each tray were measured with a ruler.\n\n"
     "Results: Mean heights were: white 6.1 cm, red 7.4 cm, blue 4.8 cm, green 8.2 cm. Germination was similar in all trays (36–38 seeds out of 40). Seedlings under green light were tall but pale and thin, with small yellowish leaves. Seedlings under blue light were short and sturdy, with the darkest green leaves.\n\n"
     "Conclusion: The hypothesis was only partly supported. Red light produced tall, healthy seedlings, but green light produced the tallest ones. This is probably because the seedlings under green light were stretching to find usable light, a process called etiolation, rather than growing healthily.\n\n"
     "Evaluation: Only one tray was used for each colour, and the LED strips may not have been equally bright."),
    ("Incident Report — Fire alarm activation and evacuation\nLocation: Harbourview Hotel, Falmouth\nDate and time: Sunday 16 June, 02:38\nReport by: Colin Treharne, Duty Manager\n\n"
     "What happened: At 02:38 the fire alarm activated in the third-floor corridor (detector zone 3B). The night porter, Ali Rahimi, checked the corridor and found a haze of smoke near room 312 but no fire. The full evacuation alarm sounded at 02:41 and the building was evacuated to the front car park. All 87 guests and 4 staff were accounted for by 02:53.\n\n"
     "Cause: The guest in room 312 had left a travel hair straightener switched on, and it overheated and scorched a towel on the dressing table. There was no damage apart from the towel and a small burn mark on the table.\n\n"
     "Fire service: Cornwall Fire and Rescue attended at 02:49, checked the room and declared it safe at 03:05.\n\n"
     "Problems identified:\n1. Two guests on the fourth floor said they did not hear the alarm. Sounders in rooms 414 and 418 need testing.\n2. The assembly point was poorly lit, and many guests were standing in the cold in nightwear.\n3. The evacuation list printed from the booking system was 40 minutes out of date and missed two late check-ins.\n\n"
     "Actions:\n- Maintenance (Steve Kitto): test all fourth-floor sounders by 21 June.\n- Housekeeping (Dana Pascoe): store 60 foil blankets by the front door by 30 June.\n- Front office (Colin Treharne): set the night-audit list to refresh every 10 minutes, by 23 June.\n\n"
     "Who has to do what after this incident, and by when?"),
    ("I only have a minute. Is there anything in this newsletter I actually need to act on?\n\n"
     "Otterbrook Swimming Club — October Newsletter\n\n"
     "Hello swimmers and families!\n\n"
     "Gala results: What a weekend at the Wessex Junior Open in Poole on 28–29 September. Our 24 swimmers came home with 9 golds, 7 silvers and 11 bronzes, and 38 personal bests between them. Special mention to Freya Lowther (11), who broke the club record in the 100 m backstroke with 1:14.62, a record that had stood since 2007.\n\n"
     "Pool closure: Marlow Leisure Centre is closing the main pool for tile repairs from 21 October to 3 November. Training for Squads A and B will move to the Hawksmoor School pool on Tuesday and Thursday evenings, 6:30–8:00 pm. Squad C and the learn-to-swim groups will have no sessions during those two weeks.\n\n"
     "Fees: From 1 November, monthly fees will rise by £3 for all squads because the leisure centre has increased its lane hire charge. If this causes difficulty for your family, please talk to our treasurer, Graham, in confidence; we have a small hardship fund.\n\n"
     "Volunteers needed: We're hosting the County Development Meet on 16 November and need at least 20 volunteer timekeepers. No experience is needed; a one-hour training session will be held before the warm-up. Sign up on the sheet by the pool office door or reply to this email.\n\n"
     "Kit: New club hoodies (navy, £28) can be ordered through the club shop until 15 October. Orders will arrive in early December, just in time for Christmas.\n\n"
     "See you on poolside!\nKate and the committee"),
    ("tl;dr of this post? what do they think is wrong with the car and what are they actually asking\n\n"
     "Title: Grinding noise from front left when turning — 2014 Honda Jazz, 89k miles\n\n"
     "Hi all, long-time lurker, first post. Hoping someone can point me in the right direction before I go to a garage and get told it's £800 of work.\n\n"
     "For about two weeks my car has made a grinding, rumbling noise from the front left. It's worst when I'm turning right at around 20–30 mph, like going round roundabouts, and it gets louder the faster I go. Turning left it almost disappears. It's not there when I'm stationary and it doesn't change when I brake.\n\n"
     "Things I've checked so far:\n- Tyres are fine, about 5 mm of tread all round, pressures correct\n- Nothing stuck in the wheel or brake disc\n- No clicking on full lock in a car park, which I read could mean a CV joint\n\n"
     "Background: I hit a pretty nasty pothole on the A38 back in August, but the noise only started in late October. The car passed its MOT in June with an advisory for slight play in the front left lower arm ball joint, which I haven't done anything about.\n\n"
     "My questions: does this sound like a wheel bearing? Is it safe to drive for another couple of weeks? I do about 25 miles a day commuting, some of it on the dual carriageway. And roughly how much should I expect a garage in the Plymouth area to charge, so I know if I'm being ripped off?\n\n"
     "Thanks in advance!"),
    ("Title: Rescue cat still hiding under the bed after 3 weeks — what am I doing wrong?\n\n"
     "Hi everyone. I adopted Biscuit, a 4-year-old tabby girl, from Ashworth Animal Rescue on 2 March. The rescue described her as \"a bit shy,\" which turned out to be an understatement.\n\n"
     "Three weeks in, she spends almost all day under the bed in the spare room. She comes out at night — I know because the food disappears and she uses the litter tray — but if I walk into the room she bolts straight back under.\n\n"
     "What I've tried so far:\n- Kept her in the one room for the first ten days with food, water, litter and a cardboard box to hide in\n- A pheromone plug-in diffuser since day one\n- Sitting on the floor in the room reading out loud for 20–30 minutes every evening, not looking at her\n- Treats (she ignores the crunchy ones but will eat cooked chicken if I leave it near the bed and walk away)\n- A wand toy, which she watched from under the bed once but didn't touch\n\n"
     "I live alone in a quiet flat, with no other pets and no kids, and I work from home three days a week.\n\n"
     "The rescue said to be patient, but I'm starting to worry she's miserable, or that she's the wrong cat for me. Is three weeks normal for a nervous cat? Any advice very welcome. I really want this to work.\n\n"
     "What has this person already tried? Just list it."),
    ("Summarize this:\n\n"
     "Pilgrim's Ampulla, c. 1350–1400\nLead-tin alloy, 6.2 cm tall\nFound in the mud of the River Wend at Stallbridge in 1987 by mudlark Trevor Gale\nGift of the finder, 1994\n\n"
     "This tiny flask was once worn around the neck of a medieval pilgrim. Pilgrims travelled, often hundreds of miles on foot, to shrines where they believed the bones or belongings of saints could heal illness or forgive sins. At the shrine they could buy a souvenir like this one, filled with holy water or oil, to carry home as proof of their journey and as a protective charm.\n\n"
     "One side shows a scallop shell, the symbol of pilgrims in general. The other is stamped with a crowned figure holding a key, which experts believe represents St Osyth of Wendham, whose shrine was about 40 miles from here. Around 300 ampullae from Wendham have been found across England, but only eleven carry this particular crowned design, suggesting it was made for a short time, perhaps during a special feast year.\n\n"
     "The flask was deliberately folded and crushed before it ended up in the river. This was common. Many pilgrims seem to have 'killed' their badges and flasks and thrown them into water, perhaps as an offering, or for luck on the journey home. Historians still debate exactly why.\n\n"
     "Cheap, mass-produced and easily lost, objects like this rarely survived. They offer a rare glimpse of the beliefs of ordinary people, not just the rich, in the Middle Ages."),
    ("Three Days on Kalyra: The Greek Island With (Almost) No Cars\n\n"
     "I'd never heard of Kalyra until a waiter in Piraeus told me it was \"where Athenians go when they don't want to meet other Athenians.\"\n\n"
     "Getting there takes effort. There's one ferry a day from Piraeus, the 07:30 sailing, which takes about five and a half hours and costs €42 for a deck seat. In July and August it sells out days ahead, so book online. There's no airport.\n\n"
     "Cars aren't allowed in the main village, Chora, so you'll walk, or hire an e-bike from Nikos at the harbour for €15 a day. Chora is a maze of white steps and blue doors.\n\n"
     "We stayed at Villa Anemos, a family-run place with six rooms, for €85 a night including a breakfast of yoghurt, local thyme honey and figs straight off the tree. Cash preferred — there's only one ATM on the island, and it ran out of money on the Saturday we were there.\n\n"
     "Highlights: the two-hour coastal path to Agios Petros beach, which has no sunbeds and no bar, so bring water and shade; sunset from the windmills above Chora; and the grilled octopus at Taverna Margarita, which cost €14 and which I still think about.\n\n"
     "Downsides: it's windy. The meltemi blew hard for two of our three days, and one afternoon ferry was cancelled, so build in a spare day before any flight home.\n\n"
     "Would I go back? I'm already looking at dates for June.\n\n"
     "Pull out just the practical info: prices, times, how to get there."),
    ("Who won this case, and why? Keep it simple.\n\n"
     "Small Claims Decision — Case no. SC-2024-0417\nClaimants: Lauren and Marcus Whitby\nDefendant: Shutterbloom Photography Ltd\nHearing: 11 September, Northfield County Court, District Judge Patel\n\n"
     "The claimants hired the defendant to photograph their wedding on 3 June last year for a fee of £1,950, paid in advance. The written contract promised \"a minimum of 400 edited high-resolution images delivered within eight weeks\" and a printed album.\n\n"
     "The claimants received only 162 edited images, on 14 November, more than five months after the event, and no album. The defendant argued that a memory card had been corrupted, that he had delivered every usable image, and that the album had been delayed by his supplier.\n\n"
     "I accept that the memory card was corrupted. But the contract contained no clause about equipment failure, and the defendant admitted under questioning that he had not used a camera with a second backup card slot, which he agreed is standard practice. The late delivery and the missing album are also clear breaches.\n\n"
     "I do not accept the claimants' argument that the whole fee should be returned. They received 162 images, some of which they said they liked, and the defendant did work on the day.\n\n"
     "Decision: The claim succeeds in part. The defendant must pay the claimants £1,150 as a partial refund of the fee, plus the £115 court fee, a total of £1,265, within 14 days of this order. The claim of £500 for distress is refused, as distress is not usually compensated in contract cases of this kind."),
    ("Who won, and who was the standout player?\n\n"
     "Ashby Town 2–3 Kelmscott Rovers\nNorthern Counties League, Saturday 15 February, Brook Lane (attendance 612)\n\n"
     "Kelmscott Rovers came from two goals down in the final 20 minutes to win at Brook Lane and move level on points with leaders Harwick United at the top of the table.\n\n"
     "Ashby had dominated the first half. Their captain, Dean Morrow, opened the scoring in the 17th minute, heading in a corner from Liam Fahey, and Fahey doubled the lead just before half-time with a low shot from the edge of the area that squeezed under the diving Kelmscott keeper, Tomasz Wójcik.\n\n"
     "Rovers manager Gail Henshaw made a double substitution on the hour, bringing on 18-year-old winger Kofi Asante and experienced striker Jamie Pell. It changed everything. Asante's pace caused problems straight away, and in the 71st minute his cross was turned in by Pell at the near post.\n\n"
     "Five minutes later Asante won a penalty after being tripped by Ashby right-back Sam Cole, and Pell sent the keeper the wrong way to make it 2–2. Cole was then shown a second yellow card for protesting.\n\n"
     "With Ashby down to ten men, the winner came in the 89th minute: Asante cut in from the left and curled a shot into the top corner from 20 yards, his first senior goal.\n\n"
     "\"I told him at half-time he'd get his chance,\" Henshaw said. \"I didn't tell him to do that, though.\"\n\n"
     "Kelmscott host Harwick next Saturday in what is now a top-of-the-table clash."),
    ("Summarize this in two sentences for the club's Instagram.\n\n"
     "Riverton Hawks 78–71 Eastfield Foxes\nWomen's National Basketball League, semi-final, Sunday 9 March, Riverton Arena\n\n"
     "The Riverton Hawks are through to their first league final in eleven years after a tense 78–71 win over defending champions Eastfield Foxes in front of a sell-out crowd of 2,300.\n\n"
     "It did not look likely early on. Eastfield, who beat the Hawks twice in the regular season, raced into a 24–13 lead after the first quarter, with guard Shanice Porter scoring 12 of those points, including three three-pointers.\n\n"
     "The turnaround started in the second quarter, when Hawks coach Mirela Kovač switched to a zone defence. Eastfield scored only 15 points in the quarter, and the Hawks went into half-time trailing by just two, 37–39.\n\n"
     "The second half was a battle. The lead changed hands nine times, and with two minutes left the score was tied at 69–69. Hawks centre Abby Nordgren then scored four straight points from under the basket, and point guard Keisha Morgan sealed it by making all five of her free throws in the final 40 seconds.\n\n"
     "Nordgren finished with 22 points and 14 rebounds, while Morgan added 17 points and 8 assists. Porter was the game's top scorer with 26 points for Eastfield, but she was held to just five in the second half.\n\n"
     "\"We stayed together when it went badly,\" said Kovač. \"That's what this team has done all season.\"\n\n"
     "The final will be played in Manchester on Saturday 22 March against the winners of Tuesday's semi-final between Tyneside Storm and Solent Kestrels."),
    ("What are the key terms in this passage and what does each one mean?\n\n"
     "The Nitrogen Cycle\n\n"
     "Nitrogen makes up about 78 percent of the air around us, yet most living things cannot use it directly. Plants and animals need nitrogen to build proteins and DNA, but atmospheric nitrogen (N2) is held together by a very strong triple bond that few organisms can break. The nitrogen cycle describes how nitrogen moves between the air, the soil and living things.\n\n"
     "The first step is nitrogen fixation, in which N2 is converted into ammonia (NH3) or ammonium (NH4+). Most natural fixation is carried out by bacteria. Some, such as Rhizobium, live in small swellings called root nodules on legumes like peas, beans and clover, where they trade fixed nitrogen for sugars from the plant. Lightning also fixes a small amount of nitrogen, and since the early twentieth century the industrial Haber-Bosch process has fixed huge amounts to make fertiliser.\n\n"
     "Next, in nitrification, other soil bacteria convert ammonium first into nitrites and then into nitrates, the form most plants absorb through their roots. Animals obtain nitrogen by eating plants or other animals.\n\n"
     "When organisms die or produce waste, decomposers such as fungi and bacteria break down the nitrogen-containing compounds and release ammonium back into the soil, a process called ammonification. Finally, in denitrification, bacteria living in waterlogged, low-oxygen soils convert nitrates back into N2 gas, which returns to the atmosphere and completes the cycle.\n\n"
     "Human activity has roughly doubled the amount of fixed nitrogen entering ecosystems each year, and excess nitrate washing into rivers can cause harmful algal blooms."),
    ("Ledgerly 5.4 — Release Notes (18 March)\n\n"
     "New\n- Recurring invoices: set any invoice to repeat weekly, monthly, quarterly or yearly, and Ledgerly will create and email it automatically on the chosen date. Find it under Invoices > More > Make recurring.\n- Receipt scanning now supports 14 more languages, including Polish, Turkish and Vietnamese, and picks out the VAT amount separately on most UK and EU receipts.\n- Dark mode on the desktop app (Settings > Appearance).\n\n"
     "Improved\n- Bank feeds from supported banks now refresh every 2 hours instead of every 6.\n- The Reports page loads up to three times faster for accounts with more than 10,000 transactions.\n- The VAT return screen now warns you if any transactions in the period haven't been categorised.\n\n"
     "Fixed\n- Invoices with a discount of exactly 100% no longer show a total of -£0.00.\n- Fixed a bug where the mobile app logged some users out after every update.\n\n"
     "Changes to be aware of\n- API version 2 will stop working on 30 June. If you use an integration built on v2, ask its developer to move to v3. Zapier and Make connections are not affected.\n- Two-factor authentication becomes mandatory for all account owners from 1 May. You can set it up now under Settings > Security.\n- The Starter plan will rise from £8 to £10 a month for new customers from 1 April. Existing Starter customers keep their current price until 1 April next year.\n\n"
     "Anything in this update I should care about? I'm a regular user, I don't touch the API."),
    ("My mum got this leaflet from the hospital. What does she need to do before and during the test?\n\n"
     "Your 24-Hour Blood Pressure Monitor: Patient Information\nCardiology Department, St Columba's Hospital\n\n"
     "Your doctor has asked you to wear a blood pressure monitor for 24 hours. This is called ambulatory blood pressure monitoring (ABPM). Readings taken at home give your doctor a more accurate picture than clinic readings, which can be high because people feel nervous.\n\n"
     "Before your appointment\n- Wear a loose, short-sleeved or sleeveless top, because the cuff goes on your upper arm under your clothing.\n- Take all your usual medicines as normal, unless your doctor has told you otherwise.\n- Shower beforehand, as the monitor must not get wet.\n\n"
     "During the 24 hours\n- The monitor will inflate the cuff every 30 minutes during the day (7 am to 10 pm) and every hour at night. It will feel tight for about 30 seconds.\n- When it starts to inflate, stop moving if you can, keep your arm still and relaxed by your side, and don't talk.\n- Carry on as normal, but avoid swimming, heavy exercise and contact sports.\n- Fill in the diary card with the times you take medicines, go to bed and get up, and any symptoms such as dizziness.\n\n"
     "Returning the monitor\nPlease bring the monitor and diary card back to the Cardiology Department (Level 2, Outpatients Block B) the next day, at the time on your appointment letter.\n\n"
     "If you have any questions, call the cardiology nurses on 0141 496 0382, Monday to Friday, 8:30 am to 4:30 pm."),
    ("Summarize this:\n\n"
     "The Great Stink\n\n"
     "The Great Stink was an event in central London in July and August 1858, during which hot weather made the smell of untreated human waste and industrial effluent in the River Thames overwhelming. For decades, the city's sewers, along with the overflow from cesspits, had emptied straight into the river. The problem had grown worse with the spread of the flush toilet, which greatly increased the volume of waste water.\n\n"
     "The smell was so strong that the curtains of the Houses of Parliament, which stand on the riverbank, were soaked in chloride of lime in an attempt to mask it, and members discussed moving their sittings out of the city. At the time, many doctors believed that diseases such as cholera were spread by foul air, or miasma, so the stench caused real fear as well as discomfort. London had suffered serious cholera outbreaks in 1848–49 and 1853–54.\n\n"
     "Within weeks, Parliament passed legislation allowing the Metropolitan Board of Works to raise money for a new sewer system. Its chief engineer, Joseph Bazalgette, designed a network of intercepting sewers that ran parallel to the river and carried waste east, away from the centre, to outfalls downstream at Beckton and Crossness. The work included the Victoria and Chelsea Embankments, built partly to house a new low-level sewer along the north bank.\n\n"
     "The main system was largely complete by 1875, and much of it is still in use today. Bazalgette was knighted in 1874, and his work is widely credited with ending major cholera epidemics in the capital."),
    ("[Excerpt from 'Side Hustle Stories,' episode 91]\n\n"
     "HOST: Okay, so today I've got Luz Ferreira, who runs the Arepa Wagon in Austin. Luz, you quit a corporate job to do this, right?\n\n"
     "LUZ: I was a procurement analyst for nine years. I started the truck on weekends in 2021, and I went full-time in March 2023.\n\n"
     "HOST: And what did it cost to get going?\n\n"
     "LUZ: More than I planned, which I think is everybody's story. I bought a used truck for $38,000, and then the kitchen fit-out, permits and the commissary kitchen deposit were another $21,000. I had $25,000 saved, so I took a small business loan for the rest.\n\n"
     "HOST: Where do you park? People always ask that.\n\n"
     "LUZ: That was the biggest lesson. My first spot was on a busy street downtown and it was terrible, because nobody wants to stop for lunch on a narrow sidewalk. Now I do three breweries a week, a farmers market on Saturdays, and private events. Breweries are gold, because most of them don't serve food and people stay for hours.\n\n"
     "HOST: And the numbers now?\n\n"
     "LUZ: Last year we did about $310,000 in sales. After food, two part-time staff, fuel, the loan and everything else, I took home roughly $64,000. That's less than my old salary, but I'm paying off the loan early.\n\n"
     "HOST: Any advice for someone thinking about it?\n\n"
     "LUZ: Work on someone else's truck for a month first. You'll learn very quickly whether you actually like standing in a hot metal box for ten hours.\n\n"
     "What advice does she give, and how is the business actually doing?"),
    ("my friend sent me this, what exactly is she asking me and by when\n\n"
     "hey!! ok so I know this is a lot but hear me out. you know how Priya's 30th is on the 14th of June? well her sister Anjali called me yesterday and she wants to do a surprise weekend at that cabin near Lake Wenatchee, the one with the hot tub we went to in 2021. she already put down a $400 deposit but the total is $1,680 for two nights so she's trying to get 8 people to split it, which is $210 each. she asked me to ask you since you and Priya are close and she doesn't have your number lol\n\n"
     "the catch is she needs to know by THIS friday (the 9th) because the cabin company releases the dates after that. and she's asking if you could drive since you have the big car and it's about 2.5 hours from Seattle. she'd cover your gas obviously. Marcus and Jen are driving too so it'd be like 3 cars.\n\n"
     "also!!! do NOT say anything to Priya. she thinks we're just doing dinner downtown on the Saturday, and we're going to pretend to book a table so she doesn't get suspicious. if she asks about plans just be vague\n\n"
     "anyway let me know if you're in, and you can venmo Anjali directly, her handle is @anjali-r-88. sorry for the essay 😅 call me later if it's easier"),
    ("What do I need to do and by when?\n\n"
     "Harwell Mutual Insurance\n"
     "Policy number: HM-HO-4471902\n"
     "Date: 3 September\n\n"
     "Dear Ms. Okonkwo,\n\n"
     "Re: Your home insurance claim for water damage (claim ref. CL-88213)\n\n"
     "Thank you for notifying us on 28 August of the escape of water at 16 Linden Close, caused by a failed washing machine hose. Our loss adjuster, Mr. Graham Petrie, visited the property on 1 September and has confirmed that the damage to the kitchen floor and lower cabinets is covered under Section 1 of your policy.\n\n"
     "Before we can agree a settlement, we need the following from you:\n\n"
     "1. Two written quotes from independent contractors for replacing the kitchen flooring and the two damaged base units. Please send these by 24 September.\n"
     "2. The receipt or a bank statement showing the purchase of the washing machine, if available. If you no longer have this, please tell us the approximate date and price.\n"
     "3. Photographs of the damaged hose, which you should keep until the claim is closed.\n\n"
     "Please note that your policy carries an excess of £350 for escape of water claims, which will be deducted from any payment. If you need to stay elsewhere while work is carried out, alternative accommodation is covered up to £5,000, but please contact us before booking anything.\n\n"
     "If we do not receive the quotes within 30 days of this letter, we may close the claim, although it can be reopened later. You can upload documents at our online claims portal or email them to us, quoting your claim reference.\n\n"
     "Yours sincerely,\n"
     "Lorraine Baptiste\n"
     "Claims Handler"),
    ("Turn this bug report into a two-line update for standup:\n\n"
     "Issue #2318: Exported CSV files have shifted columns when a note contains a comma\n\n"
     "Reported by: t.lindqvist · Component: Reports/Export · Version: 4.7.2 · Priority: High\n\n"
     "Description\n"
     "Since upgrading to 4.7.2 on 11 March, CSV exports from the Timesheets report are broken for some rows. When an entry's 'Notes' field contains a comma, everything after that comma spills into the next column. In our export for February, 212 of 3,940 rows were affected, which meant hours ended up in the 'Project code' column and our payroll import rejected the whole file.\n\n"
     "Steps to reproduce\n"
     "1. Create a timesheet entry with the note: Client call, follow-up\n"
     "2. Go to Reports > Timesheets and choose Export > CSV.\n"
     "3. Open the file in any spreadsheet app.\n\n"
     "Expected: The note appears in one cell, wrapped in double quotes.\n"
     "Actual: 'Client call' and 'follow-up' appear in separate columns.\n\n"
     "Notes\n"
     "Version 4.6.9 quoted these fields correctly, so this looks like a regression. I suspect the new export library introduced in 4.7.0 (PR #2241), which seems to skip quoting unless the field contains a line break. The Excel (.xlsx) export is not affected, so that is our workaround for now, but two other customers on the support forum have reported the same problem, and our next payroll run is on 28 March.\n\n"
     "Environment: Chrome 122 on Windows 11 and Safari 17 on macOS; reproducible on both."),
    ("PUBLIC HEALTH ADVISORY — Harmful Algal Bloom at Lake Tessaly\n"
     "Issued by the Orland County Health Department, Thursday, July 24\n\n"
     "Water testing on July 22 found high levels of blue-green algae (cyanobacteria) and the toxin microcystin along the north and east shores of Lake Tessaly, including Birchpoint Beach and the state park boat launch.\n\n"
     "Until further notice, the public should:\n"
     "- Not swim, wade or water-ski where the water looks green, scummy, or like spilled paint.\n"
     "- Keep dogs out of the water entirely. Dogs are especially at risk because they swallow water and lick algae from their fur, and the toxin can kill them within hours.\n"
     "- Not drink lake water, even if it is boiled or filtered. Boiling does not remove the toxin.\n"
     "- Rinse off with clean water after any contact with the lake.\n\n"
     "Fish caught in the lake may be eaten if they are cleaned well and the guts are thrown away, but avoid fishing in areas with a visible bloom.\n\n"
     "Symptoms in people can include rash, sore throat, stomach upset, vomiting and diarrhea. Anyone with these symptoms after contact with the lake should call their doctor or Poison Control. Take a pet to a vet immediately if it vomits, drools, staggers or has trouble breathing after swimming.\n\n"
     "Birchpoint Beach is closed. The south shore, including Mill Cove Beach, tested within safe limits and remains open. The department will retest every Monday and Thursday, and the advisory will stay in place until two tests in a row are below the safety threshold.\n\n"
     "Give me the key points as bullets."),
    ("What's the author's argument?\n\n"
     "Let Our Kids Walk to School\n"
     "By Teresa Vuong\n\n"
     "When I was nine, I walked eleven minutes to Ridgeview Elementary every morning with my brother and a kid named Paulie who lived on the corner. Last month, I counted the cars in the drop-off line at the same school: 143 of them, idling along Garfield Avenue for up to twenty minutes, in a neighborhood where almost every family lives within a mile.\n\n"
     "We tell ourselves this is about safety. But the main danger on Garfield Avenue at 8:15 a.m. is the drop-off line itself. The district's own traffic study from 2023 recorded 31 near misses by the school gates in a single week, almost all involving cars turning or reversing. The more parents drive, the more dangerous it becomes to walk, and the more parents decide they have to drive.\n\n"
     "There are simple fixes. Other towns have started 'walking school buses,' where a rotating volunteer parent walks a group of children along a set route. Hillcrest, two towns over, paired this with a car-free zone for two blocks around its school for 30 minutes at drop-off and pickup, and saw the share of children walking or biking rise from 18 to 46 percent in two years.\n\n"
     "Our children would arrive more awake, our streets would be quieter, and they would learn something about independence that no app can teach. The school board meets on October 7. I hope parents will show up and ask for a pilot program this spring."),
    ("Pull out the rent, deposit, move-in date and pet policy from this listing:\n\n"
     "Sunny 2BR/1BA Top-Floor Walk-Up in Lincoln Square — Available Nov 1\n\n"
     "$1,875/month. Heat, water and trash included; tenant pays electric (averages about $60/month) and internet.\n\n"
     "This third-floor apartment in a well-kept 1920s six-flat gets great light all day from east and west windows. Hardwood floors throughout, an original built-in china cabinet in the dining room, and a renovated kitchen (2022) with a dishwasher, gas range and plenty of counter space. Both bedrooms fit a queen bed; the second is on the smaller side (10' x 10') and works well as an office. The bathroom has a tub with shower.\n\n"
     "Shared laundry in the basement (card operated) and a private storage cage. Street parking only, permit zone; a garage spot behind the building may be available for $125/month. It's a 7-minute walk to the Brown Line and steps from the Sunday farmers market, cafes and the library.\n\n"
     "Cats welcome (max 2, $35/month pet rent). Sorry, no dogs.\n\n"
     "Lease: 12 months minimum. Security deposit equal to one month's rent, plus a $50 application fee per adult. Applicants should have income of about 2.5x the rent and good references. No smoking anywhere in the building.\n\n"
     "Note: this is a walk-up with no elevator, and the stairs are fairly steep. The landlord lives on-site on the first floor and handles maintenance quickly.\n\n"
     "Showings Saturdays 10 a.m.–1 p.m. by appointment. Text Dana to book."),
    ("I manage this hotel. Summarize what went wrong for this guest and what she's asking for.\n\n"
     "Subject: Complaint about my stay, booking ref. KV-55021\n\n"
     "To the manager of the Kestrel View Hotel,\n\n"
     "I stayed with you from 18 to 21 April for my parents' 40th wedding anniversary, and I'm writing because the stay fell well short of what we paid for. I booked two Superior Sea View rooms at £189 a night each, eight weeks in advance, and specifically requested that they be next to each other, since my father uses a walking frame.\n\n"
     "On arrival, we were told the sea view rooms had been 'reallocated', and we were given two rooms on different floors overlooking the car park. The receptionist said nothing could be done until the next day, and nobody followed up. My room's shower ran cold every morning before 8 a.m., which I reported twice, and the lift was out of service on the 20th, which meant my father had to manage three flights of stairs.\n\n"
     "In fairness, the restaurant staff were lovely, and the anniversary dinner on the Saturday was excellent. Your head waiter, Tomasz, arranged a cake at short notice and my mother was delighted.\n\n"
     "However, I was charged the full sea view rate for all three nights. I would like a refund of the difference between what I paid and your standard room rate, and some acknowledgement of the problems with the shower and the lift. I would also like to know why our booking was changed without any warning.\n\n"
     "I look forward to your reply within 14 days.\n\n"
     "Kind regards,\n"
     "Rebecca Aldous"),
    ("Talk: Why Your Smart Thermostat Isn't Saving You Money (Yet)\n"
     "Speaker: Dr. Ingrid Solvang, Department of Building Engineering, Trondheim Institute of Technology\n"
     "Session 4B, Thursday 14:30–15:00, Room Aurora\n\n"
     "Smart thermostats are often marketed as cutting household heating bills by 10 to 15 percent, yet evidence from real homes is mixed. In this talk, I present results from a two-winter field study of 412 homes in Norway and Sweden, in which half of the households received a smart thermostat and half kept their existing controls.\n\n"
     "On average, the smart-thermostat group used 4.1 percent less energy for heating, well below manufacturer claims. However, the average hides a wide spread: about a quarter of households saved more than 12 percent, while 19 percent actually used more energy than before. Interviews with 60 participants suggest that the difference is mostly about people, not technology. Households that accepted the default schedules and left the 'eco' settings on saved the most. Those that frequently overrode the schedule, often because of irregular work hours or disagreements between family members about comfort, saved little or nothing.\n\n"
     "I will also show that poorly insulated homes benefited least, as their temperatures recover slowly after a setback, which encourages occupants to override the device.\n\n"
     "The talk concludes with three recommendations for manufacturers and energy agencies: better default settings, clearer feedback about the cost of overrides, and targeting subsidies at well-insulated homes first. Implications for heat pump control will be discussed briefly.\n\n"
     "Explain what this talk found in plain English, in two or three sentences."),
    ("Rewrite this as a short summary for a newsletter:\n\n"
     "Project Summary — Seeds of Memory: A Community Orchard and Oral History Project\n"
     "Applicant: Friends of Ashby Common\n"
     "Amount requested: £24,600 over 18 months\n\n"
     "Ashby Common was once surrounded by orchards. Residents over 70 still remember picking apples there for the local cider mill, which closed in 1968, but no trees remain and these memories are rarely recorded. This project will plant a community orchard of 45 heritage fruit trees on a disused corner of the common and, alongside it, collect the stories of the people who remember the old orchards.\n\n"
     "Working with the Ashby Heritage Society and two local primary schools, we will train 20 volunteers, including at least eight young people aged 14 to 18, to record interviews with older residents. We aim to record 30 interviews, which will be deposited with the county archive and shared through a free online map and a printed booklet. Pupils from Year 5 will help plant and label the trees, choosing varieties that were grown in the area before 1950.\n\n"
     "The orchard will be planted in November and February, with a public planting day on 22 February. Volunteers will maintain it with support from a qualified arborist for the first two years.\n\n"
     "Costs include trees and tree guards (£6,300), a part-time project coordinator (£11,200), recording equipment and training (£2,800), printing and design (£2,400) and events (£1,900).\n\n"
     "Success will be measured by the number of trees established, interviews recorded and residents taking part."),
    ("NARRATOR: On the coast of the Yellow Sea, the spring tide pulls back for kilometres, exposing a vast plain of shining grey mud. To us, it looks empty. But beneath the surface live countless worms, clams and tiny crabs, and for one traveller, this mud means survival.\n\n"
     "A female bar-tailed godwit lands at the water's edge. Researchers know her only by the coloured bands on her legs. Eight days ago, she left an estuary in New Zealand. Since then, she has flown close to ten thousand kilometres without stopping once. She has not eaten, drunk or rested on the ground. To prepare for the journey, her body shrank its own digestive organs to save weight, and she has burned through almost half of her body mass.\n\n"
     "Now she must rebuild. For the next five weeks, she will feed on almost every low tide, day and night, probing the mud with her long, slightly upturned bill. She must nearly double her weight before the final leg of her journey: thousands of kilometres more, north to the tundra of Alaska, where she will breed in the brief Arctic summer.\n\n"
     "But this stopover is under threat. In recent decades, much of the Yellow Sea's tidal mud has been lost to sea walls, ports and farmland. Each year, the godwits return to find a little less of it. For a bird that crosses an ocean on a single tank of fuel, every lost stretch of mud is a missing petrol station on the only road home.\n\n"
     "tl;dr"),
    ("Subject: Orchard Park Neighbors — May update (street resurfacing, yard sale, dues)\n\n"
     "Hi neighbors,\n\n"
     "A few things coming up this month:\n\n"
     "Street resurfacing: The city has confirmed that Birch Lane, Hollis Court and the south end of Mapleton Drive will be resurfaced the week of May 19. Cars must be off the street from 7 a.m. on Monday the 19th until 6 p.m. on Wednesday the 21st, or they will be towed at the owner's expense. The church on Mapleton has kindly offered its lot for overflow parking. Garbage pickup on those streets will move to Thursday that week.\n\n"
     "Community yard sale: Our spring yard sale is Saturday, May 31, from 8 a.m. to 1 p.m. If you want your address on the map we print and post online, email Carol Esposito by May 24. There's no fee. Anything left over can go in the donation truck from Second Chance Thrift, which will be at the park entrance from 1 to 3 p.m.\n\n"
     "Dues: Annual dues of $40 per household were due April 30. About 60 percent of households have paid so far. Dues cover park mowing, the holiday lights and insurance for our events, so please pay via the website or drop a check in the box at 12 Hollis Court.\n\n"
     "Finally, a reminder that coyotes have been seen near the creek path at dusk. Please keep small pets indoors at night.\n\n"
     "Thanks all,\n"
     "Mike Tanaka, Board President\n\n"
     "anything in here I actually need to act on? I live on Birch Lane"),
    ("What do I actually need to do here? I just want the chirping to stop.\n\n"
     "Section 5: Alarm Signals, Testing and Battery Replacement\n"
     "Haven SA-300 Smoke and Carbon Monoxide Alarm\n\n"
     "5.1 Understanding the signals. Your alarm uses different sounds and lights to tell you what is happening. Three long beeps, repeated, with a flashing red light means smoke has been detected. Four short beeps, repeated, with a flashing red light means carbon monoxide has been detected: leave the building immediately and call emergency services from outside. A single chirp every 40 seconds with a yellow light means the battery is low. Five chirps every minute means the unit has reached the end of its life and must be replaced.\n\n"
     "5.2 Testing. Test the alarm once a week by pressing and holding the TEST/HUSH button for 3 seconds. The alarm should sound both patterns in turn.\n\n"
     "5.3 Replacing the batteries. The SA-300 uses two AA alkaline batteries; do not use rechargeable batteries. Twist the alarm anticlockwise to remove it from the mounting plate. Open the battery door, replace both batteries, matching the + and – markings, and close the door. The alarm will not fit back on the plate if the door is open. Twist it clockwise onto the plate and press TEST to confirm.\n\n"
     "After replacing the batteries, the low-battery chirp may continue for up to 60 seconds. If it continues after that, press and hold TEST/HUSH for 10 seconds to clear the memory.\n\n"
     "5.4 End of life. The alarm's sensors last 10 years from the date printed on the back. Replace the whole unit when the end-of-life signal sounds."),
    ("Tulip Mania in the Dutch Republic\n\n"
     "In the early seventeenth century, the Dutch Republic was one of the richest places in Europe. Amsterdam merchants traded across the world, and a growing middle class had money to spend on luxuries. Among the most fashionable of these was the tulip, a flower that had arrived in Europe from the Ottoman Empire in the sixteenth century.\n\n"
     "The most prized tulips were 'broken' varieties, whose petals showed dramatic streaks and flames of colour. We now know that this effect was caused by a virus, which also weakened the bulbs and made them even rarer. A single bulb of the famous Semper Augustus was said to be worth as much as a fine house in Amsterdam.\n\n"
     "During the 1630s, trading in bulbs spread beyond wealthy collectors. Because bulbs stay in the ground for most of the year, buyers often signed contracts to buy a bulb at a future date, and these contracts were themselves bought and sold in taverns. Prices rose sharply over the winter of 1636–37. Then, in February 1637, at an auction in Haarlem, buyers suddenly failed to appear, and prices collapsed within days.\n\n"
     "For a long time, tulip mania was described as a disaster that ruined thousands of people. More recent historians have argued that this picture was exaggerated: relatively few people were involved, and the Dutch economy as a whole was not seriously damaged. Nevertheless, the episode is still often used as an example of a speculative bubble.\n\n"
     "What's the main point of this passage? It's for a history quiz tomorrow."),
    ("summarize this for my boss in two sentences\n\n"
     "Q3 Update — Lumen & Loaf Bakery Group\n"
     "To: Investors and staff · From: Sofia Marchetti, CEO · 8 October\n\n"
     "Revenue for July to September was $2.14 million, up 9 percent on the same quarter last year, though about 3 percent below our plan. Growth came mostly from wholesale: we now supply bread to 38 cafés and two regional grocery chains, up from 26 accounts in Q2. Retail sales across our five shops were flat, and the Eastgate shop continues to lose money, with sales down 11 percent since road construction began outside it in June.\n\n"
     "Gross margin improved from 61 to 64 percent thanks to the new flour contract signed in July, which fixed prices for 12 months. However, wages rose as we added a third overnight shift to meet wholesale demand, and net profit for the quarter was $118,000, roughly in line with Q3 last year.\n\n"
     "Key events: our new spiral mixer was installed in August, increasing dough capacity by about 40 percent. We also launched online pre-ordering for holiday cakes, which has already taken 640 orders.\n\n"
     "Looking ahead: the city says construction at Eastgate will end in November. If sales there have not recovered by the end of February, we will consider closing or relocating the shop. In Q4 we plan to hire a wholesale account manager and to test a gluten-free range in two shops. We expect Q4 revenue of about $2.6 million, driven by the holiday season."),
    ("My grandmother kept bees behind the post office in Kilnamona, where she was postmistress for thirty-one years. Every morning before the counter opened at nine, she walked out to the hives in her good shoes and a cardigan, without a veil, and talked to them. Not about the weather or the honey, but about the village: who had been born, who was poorly, whose son had written from Boston. She said the bees needed to know the news, or they would leave.\n\n"
     "I was eight the summer I stayed with her, in 1979, and I thought this was the silliest thing I had ever heard. I was also terrified of the bees. She handed me a slice of bread with last year's honey and told me to eat it beside the hives and not run, whatever happened. One bee landed on my wrist and walked in a small circle, and I held my breath until it flew away.\n\n"
     "That August, my grandfather died after a short illness. On the morning of the funeral, before anyone else was up, I watched her go out to the hives, still in her black coat, and knock gently on each one. I didn't hear what she said. Later I learned that 'telling the bees' was an old custom, and that in some houses the hives were even draped in black cloth.\n\n"
     "She kept bees until she was eighty-four. I have two hives now, in a back garden in Leeds. I tell them things. I don't really know why.\n\n"
     "What's this passage about, in a nutshell?"),
    ("This is my son's report card comment. Is he doing okay? Give me the short version.\n\n"
     "Year 4 — Spring Term Report\n"
     "Pupil: Oliver Hastings · Class: 4K · Teacher: Ms. Kaur\n\n"
     "Oliver has had a positive term and continues to be a kind and thoughtful member of our class. He is always willing to help others, and his classmates often go to him when they are stuck on a computing task. He particularly enjoyed our Romans topic and produced an excellent model of Hadrian's Wall with his group.\n\n"
     "In reading, Oliver has made good progress and is now working at the expected level. He reads fluently and with expression, and he is beginning to explain why characters behave as they do. I would love to see him read a wider range of books at home, as he tends to choose the same series again and again.\n\n"
     "Writing remains Oliver's main area for development. His ideas are imaginative, but he often rushes, and his work can be hard to read. He needs to use full stops and capital letters consistently and to check his spelling of common words. We have agreed a target of reading each piece of writing back to himself before handing it in.\n\n"
     "In maths, Oliver is working slightly below the expected level. He has a good understanding of place value but is not yet quick with his times tables, which slows him down in multiplication and division. Practising for ten minutes a day would make a real difference before the multiplication check in June.\n\n"
     "Attendance this term: 97%. Oliver is a pleasure to teach."),
    ("What's covered and what isn't? Keep it short.\n\n"
     "LIMITED WARRANTY — Brightwell Cordless Vacuum Models BV-220 and BV-240\n\n"
     "Brightwell Appliances Ltd. warrants this product against defects in materials and workmanship for a period of two years from the date of original purchase, when used for normal household purposes in accordance with the user manual. If you register your product on our website within 60 days of purchase, the warranty on the motor is extended to five years.\n\n"
     "The battery is covered for 12 months or 300 full charge cycles, whichever comes first. A gradual loss of battery run time during normal use is not considered a defect.\n\n"
     "During the warranty period, Brightwell will, at its option, repair or replace the defective product or part free of charge. If an identical model is no longer available, we may replace it with a model of equal or greater value.\n\n"
     "This warranty does not cover: filters, brush rolls and other parts that wear out with normal use; damage caused by accidents, misuse, or vacuuming water, ashes or plaster dust; damage from using chargers or batteries not supplied by Brightwell; products used commercially or rented out; and products that have been opened or repaired by anyone other than an authorised service centre.\n\n"
     "To make a claim, contact customer care by phone or email. You will need proof of purchase showing the date and place of purchase. Do not send the product to us unless asked; we will arrange free collection if required.\n\n"
     "This warranty is in addition to, and does not affect, your statutory rights as a consumer."),
    ("How We (Mostly) Ended the Bedtime Battles\n\n"
     "For about four months last year, bedtime in our house was a two-hour negotiation. Our son Felix, who had just turned three, would ask for water, then another story, then the bathroom, then a different pair of pyjamas. My husband and I took turns sitting on the landing while he shouted 'one more thing!' We were exhausted, and honestly, so was he.\n\n"
     "Here's what finally worked for us. Every family is different, so take what's useful.\n\n"
     "First, we made a picture chart of the routine: bath, pyjamas, teeth, two books, one song, lights out. Felix helped choose the photos and loved moving a clothes peg along the chart. It meant the routine was the 'boss', not us.\n\n"
     "Second, we gave him two 'bedtime tickets', little cards he could swap for one request after lights out, like a drink or an extra hug. Once both were used, that was it. Most nights he now keeps at least one, which he seems to find very satisfying.\n\n"
     "Third, we moved bedtime later, from 6:45 to 7:30. He simply hadn't been tired. Since he still naps at nursery, this made a big difference.\n\n"
     "Finally, we stopped screens an hour before bed, which was harder for us than for him.\n\n"
     "It took about three weeks to stick, and we still have bad nights, especially when he's ill. But most evenings now take 40 minutes, start to finish.\n\n"
     "tl;dr please, I have a toddler of my own and zero time"),
    ("Pull out the pay, the requirements and how to apply:\n\n"
     "Job Title: Maintenance Technician (Nights)\n"
     "Company: Halverson Foods — Greenfield Bakery Plant, Dayton, OH\n"
     "Pay: $27.50–$32.00 per hour, depending on experience, plus a $2.00/hour night shift differential\n\n"
     "About us: Halverson Foods has been baking bread, buns and tortillas in Ohio since 1954. Our Greenfield plant runs around the clock and supplies more than 900 grocery stores across the Midwest.\n\n"
     "The role: We are looking for a hands-on maintenance technician to keep our production lines running on the night shift (Sunday to Thursday, 10 p.m. to 6:30 a.m.). You will troubleshoot and repair mixers, ovens, conveyors and packaging machines, carry out planned maintenance, and keep accurate records in our maintenance software.\n\n"
     "What we need:\n"
     "- At least 3 years of industrial maintenance experience, ideally in food manufacturing\n"
     "- Solid knowledge of mechanical systems, pneumatics and three-phase electrical systems\n"
     "- Ability to read electrical schematics; PLC experience is a big plus\n"
     "- Willingness to work overtime during busy periods, including some weekends\n"
     "- Ability to lift 50 lbs and work at heights\n\n"
     "What we offer: medical, dental and vision insurance from day one, a 401(k) with a 4% company match, 15 days of paid time off in your first year, paid training and certification, and free bread every week.\n\n"
     "How to apply: Apply online through our careers page by March 14, or come to our open interview day on Saturday, March 8, from 9 a.m. to 2 p.m. at the plant, 2200 Greenfield Road. Bring a resume and two references."),
    ("Subject: We're updating our Terms of Service and pricing\n\n"
     "Hi there,\n\n"
     "We're writing to let you know about some changes to Frameleaf that take effect on July 1.\n\n"
     "Storage on the free plan: Free accounts currently include 15 GB of storage. From July 1, uploads on free accounts will be limited to 10 GB. If you already use more than 10 GB, nothing will be deleted, but you won't be able to upload new photos until you're under the limit or upgrade.\n\n"
     "Price change for Plus: Frameleaf Plus will go from $2.99 to $3.99 a month, or from $29.99 to $39.99 a year. If you're an existing subscriber, the new price will apply from your first renewal after August 1. Annual subscribers who renew before then keep the old price for another full year.\n\n"
     "Inactive accounts: We'll delete free accounts that haven't been signed in to for 24 months. We'll email you at least twice, 60 days and 14 days before deletion. Simply signing in keeps your account active.\n\n"
     "Shared albums: Shared album links will now expire after 12 months by default. You can change this in each album's sharing settings, including choosing 'never expire'.\n\n"
     "None of these changes affects who owns your photos. You keep all rights to your content, and we do not sell your photos or use them to train AI models.\n\n"
     "If you don't agree with the new terms, you can download all your photos with Frameleaf Export and close your account at any time.\n\n"
     "Thanks for being with us,\n"
     "The Frameleaf Team\n\n"
     "What's actually changing, and does any of it affect me if I'm on the free plan with about 12 GB of photos?"),
    ("Give me a two-sentence version of this I can read out to my kids at the museum:\n\n"
     "Audio Guide — Stop 14: The Figurehead of the Margaret Ellen\n\n"
     "In front of you is the largest object in our collection: the carved figurehead of the Margaret Ellen, a three-masted cargo ship built in Sunderland in 1861. Figureheads were fixed to the very front of a ship, under the bowsprit, and sailors believed they protected the vessel and helped it 'see' its way through rough seas.\n\n"
     "This one shows a woman in a blue dress holding a sheaf of wheat, a symbol of plenty. She is carved from a single block of elm and stands just over two metres tall. Look closely at her face, and you will notice that one cheek is smoother than the other. That side was repaired in 1874, after the ship collided with a fishing boat off the coast of Norway.\n\n"
     "The Margaret Ellen carried coal from the north-east of England to ports around the Baltic and returned with timber and grain. For almost forty years, she made around six voyages a year, a remarkable career for a wooden ship.\n\n"
     "In 1899, she was wrecked in a storm near Flamborough Head. All eleven crew were rescued by the local lifeboat, but the ship was lost. The figurehead washed up on the beach two days later and was found by a farmer, Thomas Whitby, who kept it in his barn for more than sixty years. His granddaughter donated it to the museum in 1963.\n\n"
     "The blue paint you see today was restored in 2015, using traces of the original colour found under later layers."),
    ("What should I do and avoid over the next few days? Short list please.\n\n"
     "Aftercare Following Your Tooth Extraction\n"
     "Riverside Dental Practice · Dr. Amara Nwosu\n\n"
     "The first 24 hours: Keep the gauze pad in place, biting down gently, for 30 to 45 minutes after you leave. Some bleeding or oozing is normal today. If it continues, fold a clean piece of gauze, place it over the socket and bite firmly for another 30 minutes. Do not rinse your mouth, spit forcefully or drink through a straw, as this can dislodge the blood clot that protects the socket.\n\n"
     "Avoid hot drinks and alcohol for 24 hours, and do not smoke for at least 72 hours, as smoking greatly increases the risk of a painful 'dry socket'. Eat soft, lukewarm foods such as yogurt, soup or scrambled eggs, and chew on the other side.\n\n"
     "Pain and swelling: Swelling usually peaks on the second or third day. Apply a cold pack to your cheek for 20 minutes on, 20 minutes off, during the first day. Take pain relief as advised by your dentist, following the dose on the packet.\n\n"
     "From the next day: Rinse gently with warm salt water (half a teaspoon of salt in a glass of water) after meals and before bed, for about a week. Brush your teeth as normal, but be careful around the socket.\n\n"
     "Call the practice if you have heavy bleeding that will not stop, pain that gets worse after day three, a bad taste or smell, or a temperature. Out of hours, call NHS 111.\n\n"
     "Your stitches will dissolve within 7 to 10 days."),
    ("Review: Casa Lumbre, 412 Vine Street\n"
     "Rating: 3.5 out of 5\n\n"
     "Casa Lumbre opened in March in the space that used to be Gallagher's Pub, and the owners, siblings Rafa and Inés Ortega, have transformed it. The dark wood is gone, replaced by whitewashed walls, hanging plants and an open kitchen built around a wood-fired grill. On a Friday night, all 54 seats were full by 7:30, so book ahead.\n\n"
     "The menu is built around small plates from Spain's north coast, and the best of them are excellent. Grilled octopus ($19) arrived tender, with a smoky crust and a sharp paprika oil. The croquetas de jamón ($11 for four) were creamy and properly crisp, and a simple plate of charred leeks with romesco ($12) was the surprise of the night.\n\n"
     "Not everything works. The lamb skewers ($24) were overcooked and dry, and the paella for two ($52), which takes 40 minutes, had a pleasant crispy base but was badly under-seasoned. Desserts are limited to three choices; the burnt Basque cheesecake ($10) is the one to get.\n\n"
     "Service was warm but stretched. We waited 20 minutes for our first drinks, and our server admitted the kitchen was short-staffed. The wine list is short and fairly priced, with several good Spanish whites by the glass under $13.\n\n"
     "Expect to spend about $60 a head with a drink. Stick to the small plates from the grill and you'll eat very well. Casa Lumbre is closed on Mondays.\n\n"
     "So is it worth going? Give me the verdict in a couple of lines."),
    ("I'm a guest at this wedding. Pull out the info I need: dates, dress code, where to stay and when to RSVP.\n\n"
     "Subject: Nadia & Sam's wedding — all the details!\n\n"
     "Hi everyone,\n\n"
     "We can't believe it's only ten weeks away! Here's everything you need to know about the weekend.\n\n"
     "The ceremony is on Saturday, 20 September at 2:00 p.m. at St. Brigid's Church in Kinsale, followed by the reception at Dunmore House, about 15 minutes away by car. A coach will leave the church at 3:45 p.m. and will bring guests back to Kinsale town at midnight and at 1:30 a.m.\n\n"
     "Dress code is smart formal. The reception is partly outdoors on the lawn, so you might want to avoid stilettos, and everyone should bring a layer for the evening, since September on the coast can get chilly.\n\n"
     "We've reserved a block of 25 rooms at the Harbour Lights Hotel in Kinsale at €145 a night, including breakfast. Please book directly with the hotel and mention 'Byrne-Okafor wedding' by 1 August, after which unclaimed rooms will be released.\n\n"
     "On Sunday, there will be a relaxed barbecue from 1:00 p.m. at Nadia's parents' house in Summercove. Everyone is welcome, kids included.\n\n"
     "Please RSVP on our website by 15 July and let us know about any dietary requirements. The meal will be three courses, with a vegetarian option available.\n\n"
     "Finally, the question everyone asks: no gifts needed! If you'd like to, a contribution to our honeymoon fund would be lovely, but having you there is what matters most.\n\n"
     "Love,\n"
     "Nadia & Sam"),
    "give me a quick summary of Great Expectations",
    "Summarize the Suez Crisis of 1956: who was involved, what happened and how it ended.",
    "Can you summarize Of Mice and Men in a paragraph? It's for class and spoilers are fine.",
    "What was the Louisiana Purchase? Give me a short summary.",
    "summarize the plot of the first Jurassic Park movie in like 4 sentences",
    "Summarize the Protestant Reformation in plain English: who started it, what they objected to, and what changed afterward.",
]

# (user opening, assistant reply asking for detail, [follow-ups]): each follow-up closes one row.
MULTI = [
    ("I put way too much salt in a big pot of lentil soup. Can I save it?",
     "Usually, yes: the most reliable fix is to dilute it with more unsalted liquid and more of the main ingredients. "
     "Roughly how big is the pot, and do you have more lentils on hand?",
     ["about 4 liters, and I have half a bag of lentils left",
      "Does the trick of adding a raw potato actually work?",
      "How do I avoid oversalting next time?"]),
    ("My Wi-Fi keeps dropping every evening around 8 pm.",
     "Evening drops are often caused by channel congestion when all the neighbors are online, or by the router "
     "overheating. Does it drop on every device, or just one?",
     ["every device, phones and the TV too",
      "How do I change the Wi-Fi channel on my router?",
      "Would a mesh system fix it?"]),
    ("I got a job offer but the salary is lower than I was hoping for.",
     "That's a common situation, and many employers expect some negotiation. Do you know the typical pay range for "
     "this role in your area?",
     ["job sites say roughly $72k to $85k and they offered $70k",
      "How should I word the counteroffer email?",
      "What if they say the salary is fixed?"]),
    ("My fiddle leaf fig is dropping its leaves. What's going on?",
     "Fiddle leaf figs mostly drop leaves after sudden changes in light, cold drafts, or watering problems. Did you "
     "move it or change anything recently?",
     ["I moved it to a different room about two weeks ago",
      "How often should I water it in winter?",
      "Can I cut the top off to make it bushier?"]),
    ("I'm 45 and want to learn piano. Is that realistic?",
     "Very much so: adults often progress quickly at first because they practice more deliberately. Do you have an "
     "instrument at home yet?",
     ["no, I'd need to buy something",
      "Should I take lessons or learn with an app?",
      "How long until I can play simple songs?"]),
    ("My car makes a rattling sound from underneath when it's idling.",
     "A rattle under the car at idle is often a loose heat shield around the exhaust, though a worn exhaust hanger "
     "can also cause it. Does the noise change when you rev the engine?",
     ["it gets quieter when I rev it",
      "Is it safe to keep driving it for now?",
      "Roughly how much does it cost to fix a heat shield?"]),
    ("We're driving from Chicago to Denver with two kids this summer.",
     "That's about 1,000 miles, or roughly 15 hours behind the wheel. Are you planning to do it in one long day or "
     "split it up?",
     ["we want to split it over two days",
      "Where's a good place to stop overnight?",
      "Any ideas to keep a 6 and a 9 year old busy in the car?"]),
    ("My landlord wants to keep $400 of my deposit for carpet cleaning.",
     "Whether that's allowed depends on local law and your lease, since many places don't let landlords charge for "
     "normal wear and tear. Which state or country are you in?",
     ["California",
      "How do I ask for an itemized list of the deductions?",
      "What can I do if they just don't return it?"]),
    ("My 4-year-old refuses to eat anything green.",
     "That's very common at this age, and repeated, low-pressure exposure usually works better than insisting. What "
     "does she eat happily right now?",
     ["pasta, chicken nuggets, apples and yogurt",
      "Is it okay to hide vegetables in sauces?",
      "Should I worry about her getting enough vitamins?"]),
    ("I'm going to look at a used car from a private seller on Saturday. What should I check?",
     "The big things are the paperwork, signs of accidents or rust, and how it drives from a cold start. What car "
     "is it, and roughly how old and how many miles?",
     ["a 2016 Toyota Corolla with about 98,000 miles",
      "What questions should I ask the seller?",
      "Is it worth paying a mechanic to inspect it first?"]),
    ("I'm flying with my dog for the first time next month.",
     "Rules vary a lot by airline and by the dog's size. How big is your dog, and is it a domestic or international "
     "flight?",
     ["a 7 kg dachshund, domestic flight",
      "How do I get her used to the carrier?",
      "Should I feed her before the flight?"]),
    ("The thread keeps bunching up under the fabric on my sewing machine.",
     "A tangle of thread on the underside is almost always a problem with the upper threading, not the bobbin. Did "
     "you thread it with the presser foot up or down?",
     ["I think it was down",
      "How often should I clean out the bobbin area?",
      "What needle should I use for denim?"]),
    ("I'm 32 and never learned to swim. Is it too late?",
     "Not at all; lots of adults learn, and many public pools run adult beginner classes. What makes you most "
     "nervous about it?",
     ["putting my face in the water",
      "How many lessons does it usually take?",
      "What should I bring to my first class?"]),
    ("We're getting married next year and have a $15,000 budget. Where do we even start?",
     "The guest count drives most of the cost, so that's usually the first thing to settle. Roughly how many people "
     "are you thinking of inviting?",
     ["about 90",
      "What share of the budget should go to the venue and food?",
      "Where can we realistically cut costs?"]),
    ("My knitted scarf keeps getting wider as I go.",
     "That usually means stitches are being added by accident, often by knitting into the first stitch twice or by "
     "wrapping the yarn over the needle. How many stitches did you cast on?",
     ["30, and now I have 37",
      "How do I fix it without pulling everything out?",
      "Is there a way to keep count more easily?"]),
    ("My VLOOKUP in Excel returns #N/A even though I can see the value in the table.",
     "That usually means the values don't match exactly, often because of extra spaces or numbers stored as text. "
     "Is the value you're looking up a number or text?",
     ["it's an ID number like 10452",
      "How do I check if a number is stored as text?",
      "Should I be using XLOOKUP instead?"]),
]


def build(seed: int = 2033):
    return free_form(sys.modules[__name__], random.Random(seed), "ve", 0.3, 0.25, 40)


if __name__ == "__main__":
    main(build, DEFAULT_OUT)
