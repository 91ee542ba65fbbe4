"""A fourth pool of varied distillation prompts, weighted to the domains that accept least.

After the third pool (``training/varied_third.py``) the unseen summaries, general questions
and writing requests were still the weakest domains (k = 4: 1.56, 1.61 and 1.63 tokens/step
against 1.72 over all varied prompts). This pool adds mostly general questions, summaries of
pasted passages (emails, notes, news, reviews) and writing requests, with fewer prompts in the
domains that already accept well.

Own ids (``vz-…``) keep the answers of the earlier pools valid. Nothing here paraphrases a
held-out prompt (``data/heldout-varied.jsonl``); tests check that no prompt is shared with it
or with the other pools.

    python -m training.varied_fourth   # writes training/data/prompts-varied-fourth-train.jsonl
"""
from __future__ import annotations

import os
import random
import sys

from .varied import HERE, free_form, main, word_problems

DEFAULT_OUT = os.path.join(HERE, "data", "prompts-varied-fourth-train.jsonl")

GENERAL = [
    "How do submarines dive and come back up?", "Why do cats knead with their paws?", "What is inflation targeting?",
    "How does a compass always point north?", "Why do flamingos stand on one leg?",
    "How does a thermostat keep a house warm?", "How do volcanoes erupt?", "Why is the ocean salty?",
    "Why do kettles make noise before the water boils?", "What is a hedge fund?",
    "What is the difference between speed and velocity?", "How do touchscreens work?",
    "What is the difference between a comet and an asteroid?", "What is the difference between a bay and a gulf?",
    "What is a sovereign wealth fund?", "Why is the Dead Sea so salty?", "How do owls turn their heads so far?",
    "Why do we get hiccups?", "What is a monopoly?", "Why do some cheeses have holes?", "How do whales communicate?",
    "Why do our muscles get sore after exercise?", "What is a gig economy?", "How do seeds know when to sprout?",
    "How does a camera lens focus?", "What is a budget deficit?", "Why do horses sleep standing up?",
    "How do clouds float?", "What is the difference between a marathon and a triathlon?",
    "Why do we cry when we cut onions?", "How does a helicopter fly?", "What is an electoral college?",
    "How are mountains formed?", "What is the difference between a solicitor and a barrister?",
    "Why does chocolate melt in your mouth?", "How do penguins keep their eggs warm?",
    "What is the difference between a fruit and a vegetable?", "What is quantitative easing?",
    "What is the difference between a symphony and a concerto?",
    "Why do ships float even though they are made of steel?", "How do cactuses store water?", "What is a patent?",
    "How does a solar eclipse happen?", "What is the difference between an astronaut and a cosmonaut?",
    "Why is Venus so hot?", "What is a net worth?", "How does a submarine's periscope work?",
    "What is the difference between a seal and a sea lion?", "Why do rivers bend and curve?",
    "What is a will, and why should I have one?", "How do lungs get oxygen into the blood?",
    "What is the difference between a tsunami and a regular wave?", "Why do some people have freckles?",
    "How do electric cars work?", "What is a dividend?", "Why did the Titanic sink?", "How do glaciers move?",
    "How do phones connect to cell towers?", "What is the gross domestic product?", "Why are bananas curved?",
    "How do frogs survive the winter?", "What is the difference between a library and an archive?",
    "Why do people speak with different accents?", "What is a time capsule?", "Why do tigers have stripes?",
    "Why does the wind blow?", "What is a landslide?", "Why do some people like spicy food?",
    "How did the pyramids get built?", "What is the difference between a poem and prose?",
    "How does a battery store energy?", "What is a fossil?", "Why do ducks not get wet?",
    "What is the difference between a myth and a legend?", "How does a telescope work?", "What is the Renaissance?",
    "Why do cuts heal?", "How does the stock price of a company get decided?",
    "What is the difference between latitude and longitude?", "Why do we get fevers?", "How do kites fly?",
    "What is the Magna Carta?", "Why do people sleepwalk?", "How does a vending machine know what coin you put in?",
    "What is the difference between a shark and a dolphin?", "Why do the seasons change?",
    "How does bleach remove stains?", "What is an heirloom tomato?", "How do parachutes slow you down?",
    "What is the difference between a band and an orchestra?", "Why do we age?", "What is the Olympic torch relay?",
    "Why does my stomach hurt when I'm nervous?", "How do traffic lights know when to change?",
    "What is the difference between a loan and a lease?", "Why do snowflakes have six sides?",
    "How does a smoke detector work?", "What is carbon dating?", "How do squirrels remember where they buried nuts?",
    "Why does the sun look red at sunset?", "How does an electric guitar make sound?",
    "What is the Great Barrier Reef?", "Why do cats hate water?", "How does a submarine make fresh water?",
    "What is a referendum?", "Why does soda go flat?", "What is the difference between a wasp and a bee?",
    "How does a zipper work?", "What is urban sprawl?", "Why do we need bees?", "How do satellites stay in orbit?",
    "What is the difference between a dialect and a language?", "Why do pets live shorter lives than people?",
    "What is an avalanche?", "Who painted the Mona Lisa?", "When did humans first land on the moon?",
    "What is the longest river in the world?", "What is the capital of Australia?", "When did World War I start?",
    "What is the largest animal that ever lived?", "What is the fastest land animal?",
    "Who was the first person to sail around the world?", "How many moons does Jupiter have?",
    "Who composed the Four Seasons?", "When was the Eiffel Tower built?", "Who was Leonardo da Vinci?",
    "Do cats always land on their feet?", "Is it true that lightning never strikes twice?",
    "Does cold weather make you sick?", "Do bulls really hate the color red?", "Can plants hear music?",
    "Is it bad to sleep with wet hair?", "Do we lose most of our body heat through our heads?", "Is a peanut a nut?",
    "Can animals predict earthquakes?", "Should I rent or buy a home?",
    "Is it better to run in the morning or in the evening?", "What makes a good teacher?", "Why is voting important?",
    "Is it worth learning to code in my forties?", "What makes a city a good place to live?",
    "Why do people collect things?", "What is the point of art?",
    "Why do some people love routines while others hate them?", "Is social media good or bad for teenagers?",
    "What makes a good apology?", "Why do people procrastinate?", "I can't focus when I work from home. Why is that?",
    "My plants keep dying even though I water them. What's going on?",
    "My cat keeps scratching the sofa. Why does she do that?", "I always feel sleepy after lunch. Is that normal?",
    "My sourdough is too dense. What could be the reason?", "Why does my laptop get so hot?",
    "My car makes a squeaking noise when I brake. What could it be?",
    "Why do my eyes get tired after using the computer?", "My tomatoes are splitting on the vine. Why?",
    "why do cats stare at walls", "whats the difference between a latte and a flat white",
    "is it bad to eat after 8pm", "why is my wifi so slow at night", "whats a good age to get a first phone",
    "why do i wake up before my alarm", "explain inflation like im 10", "eli5 why the sky is blue",
    "how do people learn to speed read", "whats the healthiest breakfast",
    "Tell me an interesting fact about octopuses.", "Tell me something most people don't know about the moon.",
    "Tell me a fun fact about ancient Egypt.", "Tell me a riddle.", "Tell me about the history of the bicycle.",
    "Explain how an election works in simple words.", "Explain what gravity is to a child.",
    "Explain how a loan works.", "Explain the water cycle in simple terms.",
    "Explain what DNA is in a few sentences.", "Describe what a day in a medieval castle was like.",
    "Describe the sound of a thunderstorm to someone who has never heard one.",
    "Compare trains and planes for travelling in Europe.", "Compare e-books and paper books.",
    "What would happen if the moon disappeared?", "What would happen if everyone stopped using cars for a week?",
    "What would life be like on Mars?", "What would happen if we had no sleep for a week?",
    "Translate 'I would like a coffee, please' into Italian.",
    "How do you say 'thank you for your help' in Japanese?", "What does 'deja vu' mean?",
    "What is the origin of the word 'quarantine'?", "What is the difference between 'its' and 'it's'?",
    "When do I use 'fewer' and when 'less'?", "What does 'bon appetit' mean?", "Is it 'lay down' or 'lie down'?",
    "How do lobsters grow if they have a hard shell?", "What is the difference between a moth and a butterfly?",
    "Why do some rivers flow north?", "How does a sewing machine make a stitch?", "Why do pilots say 'roger'?",
    "How do mushrooms grow so fast after rain?", "What is the difference between a tablespoon and a teaspoon?",
    "How does a ship's anchor hold it in place?", "What is the Monroe Doctrine?", "Why do camels have humps?",
    "How do beavers build dams?", "What is the difference between a lawyer and an attorney?",
    "Why do clocks go clockwise?", "How do astronauts sleep in space?", "What is a heat dome?",
    "Why do doctors tap your knee with a hammer?", "How do deaf people learn to read?",
    "What is the difference between a sauce and a gravy?", "Why do some eggs have two yolks?",
    "How does a crossword puzzle get made?", "What is the Gulf Stream?",
    "Why does my voice sound deeper in the morning?", "How do octopuses escape from tanks?",
    "Why are pirates shown with parrots?", "How are crayons made?", "What is a gap year?", "Why do bikes have gears?",
    "How do sloths survive being so slow?", "What is the difference between a canoe and a kayak?",
    "Why do people wear black at funerals?", "How did sailors navigate before GPS?", "Why do rabbits have big ears?",
    "How do hot springs get hot?", "What is the difference between a trout and a salmon?",
    "How does sunscreen protect your skin?", "What is a quorum?", "Why do we have belly buttons?",
    "How do snails make their shells?", "What is the difference between a mug and a cup?",
    "Why do bakers score bread before baking it?", "How do cows digest grass?", "What is a wind chill factor?",
    "Why did people in the past wear wigs?", "How does a hydroelectric dam work?",
    "What is the difference between a fjord and a canyon?", "Why do cats sit in boxes?",
    "How are bubbles in sparkling water made?", "What is a smart contract?", "Why do swimmers shave their legs?",
    "How do homing pigeons find their way home?", "What is the difference between a diet and an eating disorder?",
    "Why does the sea look blue but water in a glass looks clear?", "How are tunnels dug under rivers?",
    "What is an ombudsman?", "Why do geese fly in a V shape?", "How does a grandfather clock keep time?",
    "Why do fingernails grow faster than toenails?", "How do scientists weigh a planet?", "What is a think tank?",
    "Why do we feel full after eating?", "How is glass made from sand?",
    "What is the difference between a pasta and a noodle?", "Why are stop signs red?",
    "How does a vaccine freezer keep doses cold?", "What is a food desert?", "Why do horses wear shoes?",
    "How do cicadas know when to come out?", "What is the difference between a violin and a fiddle?",
    "Why do we celebrate New Year on January 1st?", "How does a hearing test work?", "What is the Doomsday Clock?",
    "Why does my dog tilt his head when I talk?", "How do caterpillars turn into butterflies?",
    "What is the difference between a vet and a zoologist?", "Why do wet clothes dry faster on a windy day?",
    "How does a kaleidoscope make patterns?", "What is a ghost town?", "Who was the first emperor of China?",
    "When was the first photograph taken?", "Who discovered gravity?", "What is the deepest lake in the world?",
    "Who wrote the national anthem of the United States?", "How tall is Mount Kilimanjaro?", "Who was Genghis Khan?",
    "When did women get the right to vote in the UK?", "What is the oldest university in the world?",
    "Who was Frida Kahlo?", "Is it bad to charge my phone overnight?", "Do fish feel pain?",
    "Is honey better for you than sugar?", "Can a penny dropped from a skyscraper hurt someone?",
    "Is it true that eating cheese before bed gives you nightmares?",
    "Do ostriches really bury their heads in the sand?", "Is it rude to recline my seat on a plane?",
    "What makes a book a classic?", "Why do people enjoy gardening?", "What makes a good neighbor?",
    "My teenager barely talks to me anymore. Is that normal?", "My bike chain keeps falling off. Why?",
    "My rice always comes out sticky. What am I doing wrong?", "why do my ears ring after a concert",
    "is it ok to feed bread to ducks", "why do some people never get sunburned", "Tell me a fun fact about bees.",
    "Tell me something interesting about the Vikings.", "Explain how a mortgage works to a first-time buyer.",
    "Explain what inflation does to my savings.", "Describe what Venice looks like.", "Compare tea and coffee.",
    "What would happen if all the ice on Earth melted?", "How do you say 'good night' in Korean?",
    "What does 'c'est la vie' mean?",
]

HOWTO = [
    "How do I unclog a bathroom sink?", "How do I change a flat tire on a bike?",
    "How do I get my kids to go to bed on time?", "How do I hang a picture straight?",
    "How do I hard-boil eggs so they peel easily?", "How do I stop my glasses from fogging up when I wear a mask?",
    "How do I keep avocados from going brown?", "How do I start running if I'm overweight?",
    "How do I get chewing gum out of clothes?", "How do I back up my phone?", "How do I repot a plant?",
    "How do I say no to extra work without sounding rude?", "How do I clean a cast iron pan?",
    "How do I calm down before a big exam?", "How do I get rid of ants in the kitchen without poison?",
    "How do I make my own salad dressing?", "How do I pack a suitcase so my clothes don't wrinkle?",
    "How do I introduce a new cat to my dog?", "How do I bleed a radiator?", "How do I get better at small talk?",
    "How do I teach my dog to sit?", "How do I write a good product review?",
    "How do I defrost chicken quickly and safely?", "How do I stop procrastinating on a big project?",
    "How do I organize my closet?", "How do I make pancakes from scratch?", "How do I check my car's tire pressure?",
    "How do I get over jet lag faster?", "How do I plant tulip bulbs?", "How do I ask my boss for a raise?",
    "How do I write a grocery list that saves money?", "How do I prepare for my first marathon?",
    "How do I set up a fish tank?", "How do I clean my oven without harsh chemicals?",
    "How do I make my bike ride smoother?", "How do I wrap a present neatly?",
    "How do I get my toddler to stop hitting?", "How do I choose running shoes?",
    "How do I keep my phone from overheating in summer?", "How do I clean grout between bathroom tiles?",
]
HOWTO_LEADS = ["", "", "", "Quick question: ", "hey, ", "I have never done this before. ", "My partner asked me: "]

CODE = [
    "Write a JavaScript function that capitalizes the first letter of every word.",
    "How do I see the commit history of a single file in git?", "Write a SQL query that counts orders per customer.",
    "How do I split a string by commas in Rust?",
    "Write a Python function that finds the largest number in a list without using max.",
    "How do I merge two dictionaries in Python?", "Write a bash command that finds all files larger than 100 MB.",
    "Write a function in C that swaps two integers using pointers.", "How do I catch an exception in Python?",
    "What is an API?", "Write a JavaScript function that checks whether a number is prime.",
    "How do I read a JSON file in Python?", "What is a null pointer?",
    "Write a SQL query that shows the five most recent orders.",
    "How do I make a list comprehension with a condition in Python?", "What is Docker used for?",
    "Write a Python function that converts a string to title case without using .title().",
    "How do I add an element to the start of an array in JavaScript?",
    "Why does my JavaScript code say 'undefined is not a function'?",
    "git says 'fatal: not a git repository'. What should I do?",
    "My SQL query returns duplicate rows. How do I fix it?",
    "Write a Python function that returns the factorial of a number.",
    "How do I write a function with default arguments in Python?",
    "Write a regular expression that matches an email address, and explain it.",
    "Write a Python generator that yields the Fibonacci numbers.",
    "Write a Java method that checks if a string is empty or null.", "What does 'git pull' do?",
    "Write a function that returns the second largest number in a list.",
    "How do I measure how long my Python code takes to run?",
    "Write a JavaScript function that returns a random integer between two numbers.",
    "How do I convert a list of strings to integers in Python?",
    "Write a Rust function that returns the largest item in a slice.", "Why does my Python code say 'KeyError'?",
    "Write a bash script that prints the numbers from 1 to 10.",
    "How do I comment out several lines at once in Python?", "What does 'return' do in a function?",
    "Write a Python function that returns the initials of a full name.",
    "How do I pause a Python program for two seconds?", "What does the % operator do in Python?",
    "Write a JavaScript function that turns an object into a query string.",
    "How do I see which process is using port 8080 on Linux?",
    "Write a SQL query that shows the total sales for each month.",
    "Write a Python function that groups a list of words by their first letter.",
]

MATH_FORMS = [
    "A recipe for {b} people needs {c}00 g of flour. How much flour do I need for {b2} people?",
    "I walk at {c} km/h. How long does it take me to walk {e} km?", "What is {d} minus {e}, times {b}?",
    "A bag has {b} red and {c} blue marbles. What is the chance of picking a red one?",
    "The prices are ${e}, ${c2} and ${a}. What is the average price?", "How many grams are in {c}.5 kilograms?",
    "{n} is {e} years old and her brother is {c} years younger. How old will he be in {b} years?",
    "I put ${d}0 in a savings account that pays {c}% simple interest a year. How much interest do I earn in {b} years?",
    "A TV went from ${d}0 to ${e}0. By what percentage did the price change?",
    "What is the perimeter of a square with sides of {e} cm?",
    "How many liters fit in a box that is {b} dm by {c} dm by {a} dm?",
    "A train leaves at 9:{e} and the trip takes {c} hours and 20 minutes. When does it arrive?",
    "what is {a} times {b} times {c}", "Round {d}.{e} to the nearest ten.", "What is {b}/{b4} as a percentage?",
    "{n} saves ${e} a week. How many weeks until she has ${d}0?", "Solve: {c}(x + {b}) = {d}",
    "A class has {e} students and {a}% of them walk to school. How many walk?",
    "If {c} workers build a wall in {b2} days, how long would {b2} workers take?",
    "What is the next number in the pattern {b}, {b2}, {b4}, ...?", "Write {d} in binary.",
    "A movie starts at 7:{e} pm and lasts {d} minutes. When does it end?",
]
MATH_NAMES = ["Lena", "Omar", "Yuki", "Diego", "Amara", "Lukas", "Anika", "Tariq", "Elena", "Hiro"]


LISTS = [
    "List some healthy snacks for work.", "What are some fun date ideas that don't cost much?",
    "List some easy vegetarian dinners.", "What are some tips for flying with a baby?",
    "Give me some ideas for a housewarming gift.", "What should I pack for a camping trip?",
    "List some ways to be more productive in the morning.",
    "Give me a list of questions to ask at the end of a job interview.",
    "What are some ways to stay warm without turning up the heating?", "List some vegetables that grow well in pots.",
    "What are the signs of dehydration?", "Suggest some hobbies I can do at home.",
    "What are some good names for a golden retriever?", "What are some ways to cut down on screen time?",
    "Give me some ideas for a themed dinner party.", "What are some easy crafts for kids?",
    "List the planets in order from the sun.", "What are some good exercises for back pain?",
    "What are some tips for staying safe while hiking alone?", "Name some famous inventors and what they invented.",
    "What are some ways to make my commute more enjoyable?", "Give me a checklist for starting a small business.",
    "List some classic movies everyone should see.", "What are some good habits for a healthy heart?",
    "Suggest some names for a fantasy kingdom.", "What are some easy ways to learn new words in a foreign language?",
    "List some things to check before buying a used car.", "What are some good gifts for a teenager?",
    "What are some tips for a long car drive?", "What are some good audiobooks for a long drive?",
    "List some ways to keep a conversation going.", "What are some fun things to do in Rome?",
    "Give me some ideas for a rainy weekend with teenagers.",
    "What are some common mistakes people make when they start running?",
    "List some ways to make a small garden look bigger.",
]

WRITING = [
    "Write a birthday message for my dad, who loves fishing.",
    "Write a product description for a bamboo cutting board.",
    "Draft an email to my manager asking to work from home two days a week.",
    "Write the opening paragraph of a science fiction story set on a space station.",
    "Write a haiku about a cup of tea.", "Write a LinkedIn post celebrating my team finishing a big project.",
    "Write a short, sweet note to leave for my wife before a business trip.",
    "Write a two-sentence story about a lost key.", "Write a short introduction for my podcast about gardening.",
    "Write a poem about an old dog.",
    "Write an email to a landlord giving notice that I'm moving out at the end of next month.",
    "Write a wedding card message for my cousin.", "Write a short bio for my Etsy shop that sells handmade candles.",
    "Write a funny limerick about a cat who hates Mondays.",
    "Write a short story about a girl who finds a map in her grandmother's attic.",
    "Write a cheerful good morning message for my team chat.",
    "Write a get-well-soon card for a coworker after surgery.", "Write an out-of-office reply for my holiday.",
    "Write a short speech to thank volunteers at a charity event.",
    "Write a restaurant review for a small Italian place with great pizza but slow service.",
    "Write a message inviting my neighbors to a garage sale.",
    "Write a story for kids about a turtle who wanted to fly.", "Write a short poem about learning to ride a bike.",
    "Write a graduation card message for my niece.", "Write a description of a sunset over the sea.",
    "Write a haiku about snow.", "Write an email to my team announcing that I'm leaving the company.",
    "Write a short fairy tale about a kind giant.",
    "Write a note to my son's teacher saying he will miss school on Friday.", "Write a poem about coffee.",
    "Write a short motivational message for someone starting a new job.", "Write an ad for a used bike I'm selling.",
    "Write a dialogue between a customer and a waiter who got the order wrong.",
    "Write a short story about the last tree in a city.", "Write a farewell message for a colleague who is retiring.",
    "Write a funny poem about doing laundry.", "Write a welcome email for new members of a running club.",
    "Write a short mystery story that takes place on a train.",
    "Write a message to my landlord saying the washing machine is broken.",
    "Write a tweet announcing the opening of a new bakery.", "Write a short love letter.",
    "Write a description of a cozy cabin in the woods.",
    "Write an email asking a neighbor to keep the noise down at night.",
    "Write a short poem about a grandmother's kitchen.", "Write a speech for the first day of a summer camp.",
    "Write a bedtime story about a dragon who was afraid of the dark.",
    "Write a short story in which the main character wakes up with a new superpower.",
    "Write a caption for a photo of my dog in the snow.",
    "Write a recommendation letter for a student applying to university.",
    "Write a sympathy card message for a friend whose cat died.",
    "Write a short poem about the first snow of winter.",
    "Write a scene where two old friends meet again after twenty years.",
    "Write a short email reminding parents about the school trip on Monday.",
    "Write a slogan for a recycling campaign.", "Write a short poem about an empty playground.",
    "Write a message thanking my team for covering for me while I was sick.",
    "Write a short story about a lighthouse keeper's last night on the job.",
    "Write a funny poem about a sock that lost its pair.",
]

SUMMARY = [
    "Summarize this:\n\nThe town council voted to build a new skate park next to the public library. The park "
    "will cost $400,000 and should open next summer. Supporters say teenagers need a safe place to spend time, "
    "but some neighbors are worried about noise and parking.",
    "TL;DR please:\n\nHey everyone, the team lunch on Thursday is moving from the Thai place to the pizza "
    "restaurant across the street because the Thai place is closed for renovations. Same time, 12:30. Let me "
    "know if you have any food allergies so I can call ahead.",
    "Give me the key points of this message:\n\nHi Anna, thanks for your application. We'd like to invite you to "
    "a second interview next Tuesday at 10am. It will last about an hour and include a short presentation about"
    " a project you're proud of. Please bring a photo ID. Let us know if the time doesn't work for you.",
    "Summarize in one sentence:\n\nAfter three years of delays, the new bridge over the river finally opened on "
    "Saturday. It has two lanes for cars, a wide bike lane and a walkway, and the city says it will cut the "
    "commute for thousands of people by up to 20 minutes.",
    "Summarize these meeting notes:\n\n- sales up 5% this quarter\n- the new app release moves to May\n- Tom will "
    "hire two designers\n- office party on the 15th\n- next check-in Friday",
    "Summarize this review:\n\nI loved the hotel's location, right in the old town, and the staff were friendly. "
    "The room was small and the wifi kept dropping, which was annoying since I had to work. Breakfast was "
    "excellent. I would stay again, but only for a short trip.",
    "What is this email about?\n\nDear customer, we have noticed unusual activity on your account. As a "
    "precaution, we have temporarily locked your card. Please call the number on the back of your card or log "
    "in to the app to confirm your recent purchases. We apologize for any inconvenience.",
    "Summarize this for a busy reader:\n\nScientists have discovered a new species of frog in the mountains of "
    "Peru. The frog is only about one centimeter long and has bright orange spots. Because it lives in a very "
    "small area, researchers believe it may already be endangered, and they are asking for the region to be "
    "protected.",
    "Summarize this story in two sentences:\n\nA young baker in a small village made bread every morning for her "
    "neighbors. One winter, the flour ran out and the roads were blocked by snow. The villagers each brought "
    "what little they had, and together they made one big loaf that fed everyone until spring.",
    "TL;DR:\n\nOur landlord told us that the rent will go up by 6% next year because of higher heating costs and "
    "building repairs. He also said the laundry room will be renovated in March and closed for two weeks. "
    "Tenants who sign a two-year lease before December will keep the current rent for the first year.",
    "Summarize the main points:\n\nThe library is changing its rules. From next month, you can borrow up to 15 "
    "books instead of 10, and the loan period grows from two to three weeks. Late fees will be removed for "
    "children's books. The library will also open on Sundays from noon to 5pm.",
    "Summarize this text:\n\nMany people think that goldfish are easy pets, but they need more care than most "
    "expect. They produce a lot of waste, so they need a large tank with a filter, and the water must be "
    "changed regularly. A healthy goldfish can live for more than ten years.",
    "Can you shorten this paragraph?\n\nI am writing to let you know that, unfortunately, due to a number of "
    "unexpected circumstances that were out of our control, including staff illness and a delay with our "
    "supplier, we will not be able to deliver your furniture on the date we had originally agreed, and we "
    "expect it to arrive about a week later.",
    "Summarize the plot of The Lord of the Rings.", "Summarize how vaccines work in a paragraph.",
    "Summarize the life of Albert Einstein.", "Summarize the plot of Hamlet in three sentences.",
    "Summarize what the Industrial Revolution changed.", "Briefly summarize the story of Noah's Ark.",
    "Summarize the rules of tennis for a beginner.", "Summarize the history of the Olympic Games.",
    "Summarize the plot of The Wizard of Oz.", "Summarize the key ideas of the theory of evolution.",
    "Summarize the story of Robin Hood.", "Summarize the plot of Moby-Dick in a paragraph.",
    "Give me a short summary of the Cold War.", "Summarize the main benefits and risks of social media.",
    "Summarize what a credit card statement shows.", "Summarize the story of King Arthur.",
    "Summarize the plot of Frankenstein.",
    "Can you summarize this article?\n\nA city in Spain replaced parking spaces in its center with trees, benches"
    " and bike lanes. Five years later, air pollution had fallen by a third, local shops reported more "
    "customers on foot, and traffic accidents dropped. Some drivers still complain that it is harder to reach "
    "the center by car.",
    "Summarize the story of Sleeping Beauty.", "Summarize the story of the Odyssey.",
]

MULTI = [
    ("I want to start a vegetable garden.", "Great idea! How much space do you have, and how much sun does it get?",
     ["Just a small balcony with afternoon sun.", "A big backyard, full sun all day.", "What's easiest for a beginner to grow?"]),
    ("Can you help me write a toast?", "Of course! What's the occasion, and who is it for?",
     ["My sister's engagement party.", "A retirement dinner for my boss.", "Keep it under a minute, please."]),
    ("What's a good book for a long flight?", "It depends on your taste. Do you like fiction or nonfiction, and something light or gripping?",
     ["Gripping fiction, maybe a thriller.", "Nonfiction about science.", "Something funny."]),
    ("I'm nervous about driving on the highway.", "That's very common. Is it the speed, merging, or the big trucks that worries you most?",
     ["Merging, definitely.", "All of it, to be honest.", "How can I practice safely?"]),
    ("What is a good first pet for a child?", "Many families start with a fish, a hamster or a guinea pig, because they are small and easy to care for.",
     ["My daughter is eight and really wants a dog.", "Which one lives the longest?", "How much work is a guinea pig?"]),
    ("How do I start investing?", "A simple start is a low-cost index fund in a tax-advantaged account, adding a fixed amount every month.",
     ["How much should I invest at first?", "What about buying single stocks?", "Is now a bad time to start?"]),
    ("Why do volcanoes form near the edges of continents?", "Most volcanoes sit where tectonic plates meet: where one plate sinks under another, melted rock rises to the surface.",
     ["What happens where plates pull apart?", "Then why is Hawaii in the middle of the Pacific?", "Could a new volcano appear near me?"]),
    ("Write a haiku about the sea.", "Grey waves lift and fall,\nsalt wind carries gull voices,\nthe tide keeps its time.",
     ["Now one about the desert.", "Make it happier.", "Can you explain the rules of a haiku?"]),
    ("I've been feeling lonely since I moved.", "I'm sorry, moving somewhere new can be really isolating. How long have you been there?",
     ["About three months.", "Almost a year now, and it isn't getting better.", "How do people make friends as adults?"]),
    ("What should I see in New York?", "Central Park, the Met, the High Line and a walk across the Brooklyn Bridge are great starts. How long are you staying?",
     ["Just two days.", "A whole week with my kids.", "What's good to eat there?"]),
    ("How do I convert a Python list to a string?", "Use join: ', '.join(items) puts the items into one string with commas between them.",
     ["It says 'expected str instance, int found'.", "How do I do the opposite?", "Can I join with a new line instead?"]),
    ("What is 30% of 70?", "30% of 70 is 21.",
     ["And what is 70 minus that?", "How about 30% of 450?", "Is there a quick way to work out a 20% tip?"]),
    ("My sourdough starter smells like nail polish.", "That usually means it's hungry: the yeast has run out of food and produced acetone-like smells. Try feeding it more often.",
     ["How often should I feed it?", "Is it still safe to use?", "It also has a grey liquid on top."]),
    ("I want to learn to draw.", "Wonderful! Start with simple shapes, draw a little every day, and copy things you see around you.",
     "What materials do I need?", "Just a pencil, an eraser and a sketchbook are enough to begin.",
     ["How do I draw faces?", "I get frustrated because my drawings look bad.", "Are online courses worth it?"]),
    ("Can you suggest a weekend trip from London?", "Sure! Do you prefer the countryside, the seaside or another city?",
     "The seaside.", "Brighton is an easy train ride away, and Whitstable is lovely for seafood and quiet walks.",
     ["Which is better with kids?", "What about somewhere in Wales?", "Is it worth going in winter?"]),
    ("I need to lose a bit of weight before summer.", "A steady, realistic approach works best. How much time do you have, and how active are you now?",
     "About three months, and I mostly sit at a desk.", "Then small daily walks, more vegetables and protein, and fewer sugary drinks can make a real difference.",
     ["How many steps should I aim for?", "What should I eat for breakfast?", "Are there any exercises I can do at my desk?"]),
    ("What's the difference between a virus and malware?", "Malware is any harmful software; a virus is one type of malware that spreads by copying itself into other files.",
     "How do I know if my computer has one?", "Common signs are a very slow computer, pop-ups, strange programs at startup or your browser changing on its own.",
     ["What should I do if I think I have one?", "Do Macs get viruses too?", "Is free antivirus good enough?"]),
    ("I'm planning a surprise party for my husband.", "How fun! When is it, and how many people are you thinking of inviting?",
     "Next month, about twenty people.", "That's a nice size. Do you want it at home or at a restaurant or hall?",
     ["At home, but our place is small.", "Somewhere else, so he doesn't find out.", "How do I keep it a secret from him?"]),
]

math_prompts = word_problems(MATH_FORMS, MATH_NAMES)


def build(seed: int = 2029):
    return free_form(sys.modules[__name__], random.Random(seed), "vz", 0.3, 0.25, 40)


if __name__ == "__main__":
    main(build, DEFAULT_OUT)
