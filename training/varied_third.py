"""A third pool of varied distillation prompts, weighted to where acceptance is lowest.

After the second pool (``training/varied_more.py``) the unseen general questions were still
the weakest domain (k = 4: 1.56 tokens/step against 1.68 over all varied prompts) and the
held-out chats run to five turns while the training chats stopped at three. This pool adds
mostly general questions (facts, explanations, opinions, advice, as users type them) and
longer conversations, with fewer prompts in the domains that already accept well.

Own ids (``vy-…``) keep the answers of the first two pools valid. Nothing here paraphrases
a held-out prompt (``data/heldout-varied.jsonl``); tests check that no prompt is shared with it
or with the other pools.

    python -m training.varied_third   # writes training/data/prompts-varied-third-train.jsonl
"""
from __future__ import annotations

import os
import random
import sys

from .varied import HERE, distinct_math, free_form, main

DEFAULT_OUT = os.path.join(HERE, "data", "prompts-varied-third-train.jsonl")

GENERAL = [
    "Why do we have an appendix?", "How do crickets chirp?", "What is the difference between a pandemic and an epidemic?",
    "Why does the Leaning Tower of Pisa lean?", "How does a pressure cooker cook food faster?", "What is a trade deficit?",
    "Why do cats sleep so much?", "How do hummingbirds hover?", "What is the difference between a hill and a mountain?",
    "Why do some people need glasses to read as they get older?", "How do coral reefs form?", "What is a filibuster?",
    "Why do onions get sweet when you cook them slowly?", "How does a toilet flush work?", "What is a sourdough starter?",
    "Why do bubbles form in boiling water?", "How do parrots learn to talk?", "What is the difference between a king and an emperor?",
    "Why do airplanes leave white trails in the sky?", "How do people climb Mount Everest?", "What is a credit union?",
    "Why do dogs have wet noses?", "How does hand sanitizer work?", "What is the difference between a sweet potato and a yam?",
    "Why is the Statue of Liberty green?", "How do sea turtles find the beach where they were born?", "What is an amendment?",
    "Why do we get dizzy when we spin around?", "How do movie theaters show films today?", "What is a tariff?",
    "Why do bridges have gaps in them?", "How do snakes move without legs?", "What is the difference between a biography and a memoir?",
    "Why does my skin wrinkle as I get older?", "How is chocolate made from cacao beans?", "What is the Richter scale?",
    "Why do we need sleep at all?", "How do glow sticks light up?", "What is the difference between a violin and a viola?",
    "Why do giraffes have long necks?", "How do pearls form inside oysters?", "What is an annual percentage rate?",
    "Why is a year 365 days long?", "How does a barcode scanner read prices?", "What is the difference between an opinion and a fact?",
    "Why are some people allergic to cats?", "How do elevators stop from falling if the cable breaks?", "What is the Silk Road?",
    "Why do zebras have stripes?",
   
    "How do rainbows form?", "What does the liver do?",
   
    "How are diamonds formed?",
    "What is the difference between a psychologist and a psychiatrist?",
    "What is machine learning, in plain words?",
   
    "How do solar panels turn sunlight into electricity?", "What is a blockchain?",
   
    "Why does the moon have phases?", "How do antibiotics work?",
    "What is a gene?",
    "How does a jet engine work?", "What is the difference between a cult and a religion?",
    "How do birds migrate without getting lost?", "What is cholesterol?",
    "Why does salt melt ice on roads?", "What is the difference between a crow and a raven?",
   
    "Why do we celebrate Thanksgiving?", "How does a hot air balloon fly?", "What is a sinkhole?",
    "Why do our ears pop on airplanes?", "How are rainbows different from halos around the moon?",
    "Why do some trees stay green all year?",
    "How does the immune system fight a cold?", "What is a tax refund?", "Why do dogs eat grass?",
    "How does a washing machine know when to stop?", "Why do people yawn when others yawn?",
    "How does a pacemaker work?", "What is the difference between a vegan and a vegetarian?",
    "Why does coffee make me need the bathroom?", "What is a supernova?",
    "Why do babies cry so much?", "How did people tell time before clocks?",
    "Why is the Eiffel Tower in Paris?", "How does a lie detector work?", "What is the difference between a tornado and a hurricane?",
    "Why are there 60 minutes in an hour?", "How do octopuses change color?", "What is a food chain?",
    "Why does garlic make your breath smell?", "How does an MRI machine work?", "What is minimalism?",
    "What is the difference between a duck and a goose?",
    "Why do people believe in conspiracy theories?", "What is a startup?",
    "Why do roosters crow?", "How does a piano make sound?", "What is the difference between a star and a planet?",
    "Why did the dinosaurs go extinct?", "How does a bank make money?", "What is a haiku?",
    "Why do some foods make you sleepy?", "How do you say hello in Japanese?",
    "Why do we shiver when we're cold?", "How does a vaccine get approved?", "What is jet lag?",
    "Why is English spelling so strange?", "What does a UX designer do?",
    "Why do some people get seasick?", "How do fireworks get their colors?", "What is the difference between a wolf and a dog?",
    "Why do we say 'bless you' when someone sneezes?", "How does an air conditioner cool a room?", "What is an ISP?",
    "Why do hair and nails keep growing?", "How do camels survive in the desert?", "What is a mortgage rate?",
    "Why is the Amazon rainforest important?", "How do noise levels get measured in decibels?", "What is stoicism?",
    "Why do we get sunburned?", "How do lightning rods protect buildings?", "What is the difference between a goal and a habit?",
    "Why is it called the Middle East?", "How does a car engine work?", "What is a podcast?",
    "Why do our stomachs growl?", "How do polar bears stay warm?", "What is an eclipse?",
    "Why are cats afraid of cucumbers?", "How does a search engine decide what to show first?",
    "Why is breakfast called the most important meal of the day?", "How do wind turbines work?", "What is a leap second?",
    "Why do cars need oil changes?", "How do doctors measure blood pressure?", "What is the difference between a poem and a song?",
    "Why do tomatoes taste better in summer?", "How do ants carry things so much heavier than themselves?",
    "What is the tallest building in the world?", "Who discovered penicillin?", "When was the printing press invented?",
    "Who was the first woman to win a Nobel Prize?", "What is the smallest country in the world?",
    "How many hearts does an octopus have?", "What is the hottest planet in the solar system?",
    "Which ocean is the deepest?", "Who built the Taj Mahal, and why?",
    "What is the most spoken language in the world?", "Who was Nelson Mandela?", "When did the Berlin Wall fall?",
    "How many players are on a soccer team?", "Who invented the light bulb?",
    "What is the chemical symbol for gold?", "How many continents are there?", "Who was Julius Caesar?",
    "Is a tomato plant a vine?", "Do sharks have bones?", "Is coffee bad for your heart?",
    "Do we really use only 10 percent of our brains?", "Is it okay to drink tap water in Europe?",
    "Can lightning strike the same place twice?", "Do vitamins actually work?",
    "Is breakfast really necessary?", "Can you catch a cold from being cold?", "Do carrots really help you see in the dark?",
    "Is it safe to use my phone during a thunderstorm?", "Does sugar make kids hyper?", "Is a whale a fish?",
    "What do you think is the best way to learn history?",
    "Should I learn to play the piano or the guitar first?", "Is it worth buying an expensive mattress?",
    "What makes a good leader?", "Why is kindness important?", "What makes a friendship last?",
    "Is it better to read the book before watching the movie?", "What are the benefits of learning a second language?",
    "What is the best age to learn to swim?", "Why do people enjoy scary movies?", "What makes music catchy?",
    "I keep waking up at 3am. Why does that happen?", "My dog keeps barking at night. Why might he be doing that?",
    "I feel tired all the time even after sleeping eight hours. What could be going on?",
    "My bread never rises properly. What am I doing wrong?", "Why does my phone battery drain so fast?",
    "Why does my cat bring me dead mice?", "My houseplant has yellow leaves. What does that mean?",
    "Why does my voice crack when I'm nervous?", "Why does my coffee taste bitter?",
    "explain how taxes work like im 5", "whats the point of the moon", "why is everyone talking about AI",
    "eli5 how the internet works", "whats healthier, rice or pasta", "why do i always feel cold",
    "is it normal to talk to yourself", "what does it mean to be an adult", "how do people become millionaires",
    "why do songs get stuck in my head", "whats the deal with daylight saving time", "how do i know if im introverted",
    "Tell me an interesting fact about space.", "Tell me something surprising about the ocean.",
    "Tell me a fun fact about the human body.", "Tell me a joke about computers.", "Tell me about the history of chocolate.",
    "Explain the rules of chess briefly.", "Explain how a bill is paid with a credit card, step by step.",
    "Explain photosynthesis to a ten-year-old.", "Explain what a neural network is without math.",
    "Explain why the sky is dark at night.",
    "Describe what life was like in ancient Rome.", "Describe the taste of a mango to someone who has never had one.",
    "Compare cats and dogs as pets.", "Compare living in a city with living in the countryside.",
    "What would happen if the Earth stopped spinning?", "What would happen if bees disappeared?",
    "What would happen if humans could breathe underwater?", "What would the world be like without the internet?",
    "Translate 'good morning, how are you?' into French.", "How do you say 'where is the train station' in German?",
    "What does 'carpe diem' mean?", "What is the origin of the word 'robot'?", "What is the plural of 'octopus'?",
    "What's the difference between 'affect' and 'effect'?", "When should I use 'who' and when 'whom'?",
    "What does 'per se' mean?", "Is it 'different from' or 'different than'?",
]

HOWTO = [
    "How do I clean mold off a shower curtain?", "How do I jump-start a car?", "How do I get my toddler to eat vegetables?",
    "How do I write a letter of resignation?", "How do I make a cheap bookshelf look better?", "How do I stop my windows from fogging up in winter?",
    "How do I cook rice without a rice cooker?", "How do I iron a shirt properly?",
    "How do I stop my dog from pulling on the leash?", "How do I tie a tie?",
    "How can I save for a house on an average salary?",
    "How do I get rid of fruit flies in my kitchen?",
    "How can I sleep better in a hot room?", "How do I make friends in a new city?", "How do I fold a fitted sheet?",
    "How do I start journaling?", "How can I stop biting my nails?", "How do I paint a room without making a mess?",
    "How do I set up a budget spreadsheet?", "How do I clean white sneakers?", "How do I keep cut flowers fresh longer?",
    "How do I teach my kid to ride a bike?", "How do I deal with a difficult coworker?", "How do I make a simple tomato sauce?",
    "How do I remove a splinter?", "How do I start meditating?",
    "How do I prepare for a phone interview?", "How do I make my apartment smell nice?", "How do I learn to juggle?",
    "How do I get my cat to use a scratching post?", "How do I change my car's wiper blades?",
    "How can I stop overthinking before I go to sleep?", "How do I write a strong thesis statement?",
    "How do I clean the inside of my microwave?", "How do I remember people's names?", "How do I grow basil indoors?",
    "How do I ask for feedback at work?", "How do I make homemade bread without yeast?", "How do I keep my kitchen organized?",
    "How do I choose a good watermelon?", "How do I prepare my car for winter?", "How do I get rid of a musty smell in towels?",
    "How do I start a book club?", "How do I make a paper airplane that flies far?",
    "How do I stay motivated to exercise in winter?", "How do I train for a half marathon as a beginner?",
    "How do I store fresh herbs?", "How do I fix a squeaky door?", "How do I write a short bio for a conference?",
    "How do I get my baby to take a bottle?", "How do I keep my houseplants alive while I'm on vacation?",
    "How do I remove coffee stains from a mug?", "How do I make a budget for a wedding?", "How do I clean my glasses without scratching them?",
]
HOWTO_LEADS = ["", "", "", "Quick question: ", "ok so ", "I'm a total beginner. ", "My friend asked me this: "]

CODE = [
    "How do I check the type of a variable in Python?", "Write a JavaScript function that returns the sum of all even numbers in an array.",
    "What is the difference between == and is in Python?", "How do I undo changes to a file in git before I commit?",
    "Write a SQL query that finds all products that cost more than the average price.", "What does 'yield' do in Python?",
    "How do I print to the console in Rust?", "Write a Python function that counts the words in a sentence.",
    "Write a Python function that counts the vowels in a string.",
   
    "How do I read a file line by line in Python?",
    "How do I check if a key exists in a Python dictionary?",
    "Write a Python function that checks whether a string is a palindrome.", "What does the 'static' keyword mean in Java?",
    "How do I get the current date and time in JavaScript?", "Write a bash script that backs up a folder into a dated tar file.",
    "How do I remove an item from a list in Python?",
    "Write a C program that prints the multiplication table of 7.", "How do I make a POST request with Python requests?",
    "What is a lambda function in Python?", "Write a function that flattens a nested list in Python.",
    "How do I rename a git branch?", "What is the difference between HTTP and HTTPS?",
    "Write a JavaScript function that counts how many times each word appears in a text.",
    "How do I format a number with two decimal places in Python?",
    "Write a Python class for a to-do list with add, remove and show methods.", "How do I write a while loop in JavaScript?",
    "What is a hash table?", "Write a SQL query to delete duplicate rows from a table.", "How do I convert a string to a date in Python?",
    "Write a Go program that reads a file and prints its line count.",
    "How do I use map and filter in JavaScript?", "What is a virtual machine?", "Write a Rust function that reverses a vector.",
    "What is the purpose of a .gitignore file?",
    "Write a Python function that returns the n-th prime number.", "How do I parse command-line arguments in Python?",
    "What is CORS and why does my browser block my request?", "Write a function in Java that reverses an array.",
    "How do I check if a string contains a substring in JavaScript?", "What is the difference between unit tests and integration tests?",
    "Write a Python script that downloads a web page and prints its title.", "How do I set an environment variable in Linux?",
    "Write a function that converts Celsius to Fahrenheit in JavaScript.",
    "How do I use a for loop with an index in Python?", "What is the difference between public and private methods?",
    "My Python code says 'TypeError: can only concatenate str (not \"int\") to str'. How do I fix it?",
    "Why does my JavaScript for loop with var print the same number every time?",
    "git says 'Your branch is behind origin/main'. What should I do?",
    "My CSS is not being applied to the page. What should I check?", "How do I stop an infinite loop in my terminal?",
    "Write a Python function that returns the sum of the digits of a number.", "How do I create a new React app?",
    "What is a foreign key in a database?", "Write a bash loop that renames every .txt file to .md.",
    "Explain the difference between synchronous and asynchronous code.",
    "How do I write a list to a CSV file in Python?", "What is the time complexity of binary search, and why?",
    "Write a TypeScript interface for a user with a name, an email and an optional age.",
]

MATH_FORMS = [
    "What is {a}% of {d}?", "what's {d} divided by {b}", "A shirt costs ${d} and is on sale for {c}0% off. What is the sale price?",
    "Solve for x: {b}x - {a} = {e}", "If a car uses {c} liters of fuel per 100 km, how much fuel does it need for {d} km?",
    "How many minutes are in {c} and a half hours?", "What is {a} squared?", "What is the area of a circle with a radius of {b} cm?",
    "{n} reads {b} pages a day. How many days will a {d}-page book take?",
    "A garden is {a} m long and {b} m wide. How much fencing do I need to go around it?",
    "What is {e} + {d} - {a}?", "I earn ${e} an hour and work {c} hours a day, 5 days a week. What do I earn in a week?",
    "Simplify the fraction {b2}/{b4}.", "What is {c}/{b} plus 1/{c}?", "Convert {d} centimeters to meters.",
    "A pack of {b} juice boxes costs ${c}.{f}. What is the price per box?",
    "If today is Monday, what day of the week will it be in {d} days?",
    "A phone plan costs ${e} a month. How much is that over {c} years?",
    "There are {d} people at a concert and {a}% of them bought a T-shirt. How many T-shirts were sold?",
    "{n} ran {c} km on Monday, {b} km on Wednesday and {c2} km on Saturday. How far is that in total?",
    "Is {d} divisible by {c}?", "What is the least common multiple of {b} and {c}?", "What is {e} in Roman numerals?",
    "A rectangle has an area of {d} square meters and a width of {c} meters. How long is it?",
]
MATH_NAMES = ["Ava", "Noah", "Mei", "Carlos", "Fatima", "Jonas", "Priya", "Ali", "Sofia", "Kenji"]

LISTS = [
    "What are some good books to read on vacation?", "List some fun activities for a family reunion.",
    "What are some easy ways to decorate a small apartment?", "Give me some ideas for a cozy winter evening at home.",
    "List some easy recipes with chicken and potatoes.",
    "What are some tips for living with a roommate?", "Give me ideas for a picnic menu.",
    "What should I know before adopting a cat?", "List some good habits for saving money.",
    "What are some fun things to do in London for free?", "Give me a list of icebreaker questions for a team meeting.",
    "What are some ways to make a long flight more comfortable?", "List some fruits that are in season in autumn.",
    "What are the symptoms of the flu?", "Suggest some activities for a rainy day at the office.",
    "What are some good names for a small bookstore?", "List some tips for writing a good essay.",
    "What are some common interview questions and how should I answer them?",
    "Give me some ideas for a romantic anniversary.", "What are some ways to keep kids busy during summer break?",
    "List the main parts of a plant cell.", "What are some good stretches after running?",
    "What are some tips for a first date?", "Name some famous paintings and who painted them.",
    "What are some ways to improve my sleep?", "Give me a checklist for moving out of an apartment.",
    "What are the seven wonders of the world?", "List some popular dog breeds for families.",
    "What are some ways to volunteer in my community?", "Suggest some easy houseplants for low light.",
    "What are some good habits for studying at home?",
    "What are some things I should do before a job interview?", "List some ways to reduce food waste.",
    "What are some classic board games for a family?", "Give me a list of things to do on a road trip with kids.",
    "What are some simple ways to exercise at my desk?", "List some tips for public speaking.",
    "What are the benefits of drinking more water?", "Suggest some budget-friendly vacation ideas.",
    "What are some common houseplant pests?",
    "What are some good questions to ask a new doctor?", "List some ways to make new friends at work.",
]

WRITING = [
    "Write a short message to welcome a new neighbor to the street.", "Write a short note for a lunchbox to cheer up my son.",
    "Write an email asking my professor for an extension on my essay.",
    "Write a short poem about a lighthouse.", "Write a haiku about the first day of spring.",
    "Write a limerick about a forgetful wizard.", "Write a short story about a robot who wants to be a chef.",
    "Write a thank-you note to my child's teacher at the end of the school year.",
    "Write an email to a client to reschedule our meeting to next Tuesday.", "Write a short speech for my retirement party.",
    "Write a product description for a wireless phone charger.", "Write a bedtime story about a moon that couldn't sleep.",
    "Write a message to cheer up a friend who lost their job.", "Write a polite complaint to a restaurant about cold food.",
    "Write a slogan for a bike repair shop.", "Write a short poem for my husband's birthday.",
    "Write a short story that ends with 'and that was the last time I saw the fox.'",
    "Write a condolence message for a coworker whose mother passed away.", "Write a job ad for a part-time barista.",
    "Write a rhyme to help kids remember to brush their teeth.", "Write an Instagram caption for a beach photo.",
    "Write a description of a busy market for a travel guide.",
    "Write a reminder email about a team meeting on Thursday.", "Write a fable about a fox and a crow.",
    "Write a poem about friendship.",
    "Write a tagline for a meal delivery service.", "Write a short dialogue between two strangers stuck in an elevator.",
    "Write a paragraph describing an old library.", "Write a short song about summer holidays.",
    "Write a short review of a fictional sci-fi movie.", "Write an invitation to a backyard barbecue.",
    "Write a story for kids about a shy little cloud.", "Write a note asking my neighbor to water my plants while I'm away.",
    "Write a toast for my best friend's 30th birthday.", "Write a short motivational quote about starting over.",
    "Write a short horror story about a phone call at midnight.", "Write a speech to welcome parents to a school open day.",
    "Write a poem about the smell of rain.", "Write a short scene where a detective finds an important clue.",
    "Write a friendly text to remind my friend about the money she owes me.",
    "Write a LinkedIn recommendation for a former colleague who was a great designer.",
]

SUMMARY = [
    "Summarize this:\n\nThe city will close Main Street to cars every Sunday from June to September. The street will "
    "be used for a farmers market, live music and activities for children. Shop owners are divided: some expect more "
    "customers, while others worry that people who drive will go elsewhere.",
    "TL;DR:\n\nHi all, the printer on the second floor is broken again. IT says a new part will arrive on Wednesday. "
    "Until then, please use the printer in the kitchen on the first floor. Sorry for the trouble!",
    "Summarize in two sentences:\n\nThe school will stop selling sugary drinks in its cafeteria from September. "
    "Water, milk and unsweetened juice will still be available, and every floor will get a new water fountain. "
    "Some parents welcomed the change, while some students started a petition to keep chocolate milk.",
    "Summarize the plot of Harry Potter and the Philosopher's Stone.", "Summarize the story of the Trojan horse.",
    "Give me a short summary of the American Civil War.", "Summarize how the human digestive system works.",
    "Summarize the main ideas of stoic philosophy.", "Summarize the story of Snow White in three sentences.",
    "What are the key points here?\n\nOur gym will change its opening hours from next month. On weekdays it will open at "
    "6am instead of 7am and close at 10pm. Weekend hours stay the same. The pool will be closed for repairs during the "
    "first week of the month.",
    "Summarize this product review:\n\nThe headphones sound great and the battery lasts for days. They are a bit tight "
    "on my head after an hour, and the case feels cheap. The noise cancelling works well on the bus but not so well on "
    "planes. For the price, I'm happy with them.",
    "Briefly summarize the causes of the Great Depression.", "Summarize what a balance sheet shows.",
    "Summarize the life of Marie Curie in a paragraph.", "Summarize the rules of basketball for a beginner.",
]

MULTI = [
    ("What should I cook for dinner tonight?", "How about a quick pasta with garlic, olive oil and vegetables? It takes about 20 minutes.",
     ["I don't have any vegetables.", "Something with rice instead?", "Can you give me the full recipe?"]),
    ("I want to get fit this year.", "That's a great goal! Do you prefer working out at home, at a gym, or outdoors?",
     ["At home, I don't have much time.", "I like running outside.", "I've never exercised before, honestly."]),
    ("Can you help me pick a laptop?", "Of course! What will you mainly use it for, and what's your budget?",
     ["Mostly school work, under $600.", "Video editing, budget around $1,500.", "Gaming and some programming."]),
    ("What's the difference between a latte and a cappuccino?", "Both are espresso with milk; a cappuccino has more foam and less steamed milk than a latte.",
     ["Which one has more caffeine?", "What about a flat white?", "How do I make one at home without a machine?"]),
    ("My son is learning to read.", "That's an exciting stage! How old is he, and what is he reading at the moment?",
     ["He's five and likes picture books.", "He's seven but he gets frustrated easily.", "How can I help him at home?"]),
    ("I think I'm getting a cold.", "Sorry to hear that. Rest, fluids and warm drinks usually help. What symptoms do you have?",
     ["Sore throat and a runny nose.", "Just a headache and feeling tired.", "When should I see a doctor?"]),
    ("Can you explain what the stock market is?", "The stock market is where people buy and sell shares, which are small pieces of ownership in companies.",
     ["Why do prices go up and down?", "Is it a good idea for beginners to invest?", "What's an ETF?"]),
    ("Write a short poem about the ocean.", "Waves fold silver into sand,\nthe tide keeps time with the moon,\nand the gulls write their names on the wind.",
     ["Make it rhyme.", "Now write one about the mountains.", "Can you make it sadder?"]),
    ("I'm moving to a new city for work.", "Congratulations! Which city, and do you already have a place to live?",
     ["Berlin, and no, I'm still looking.", "Toronto. I found an apartment already.", "How do I make friends there?"]),
    ("How do I make my Python code faster?", "Start by measuring: profile the code to find the slow parts, then improve those, for example with better algorithms or built-in functions.",
     ["How do I profile it?", "Would using numpy help?", "My loop over a million items is slow. What can I do?"]),
    ("What's a good gift for my mom?", "It depends on what she enjoys! What are her hobbies?",
     ["She loves gardening.", "She reads a lot.", "She likes cooking and trying new recipes."]),
    ("Is it going to be hard to learn Spanish?", "For English speakers, Spanish is one of the easier languages, with clear pronunciation and many shared words.",
     ["How long will it take to become fluent?", "Should I use an app or take a class?", "What are the hardest parts?"]),
    ("I can't decide between two job offers.", "That's a good problem to have! What are the two jobs, and what matters most to you?",
     ["One pays more, the other is closer to home.", "One is at a startup, the other at a big company.", "Both are similar, but one has a nicer team."]),
    ("What's the weather usually like in Iceland in winter?", "Winter in Iceland is cold and dark, with short days, but the coast is milder than many expect, around 0°C.",
     ["Can I see the Northern Lights then?", "What should I pack?", "Is it safe to drive there in winter?"]),
    ("How many calories should I eat a day?", "It depends on your age, size and activity, but many adults need around 2,000 to 2,500 calories a day.",
     ["I want to lose weight. How much less should I eat?", "Do calories from sugar count differently?", "How do I count them easily?"]),
    ("Tell me about the Roman Empire.", "The Roman Empire ruled much of Europe, North Africa and the Middle East for centuries, starting in 27 BC with Augustus.",
     ["Why did it fall?", "Who was the most famous emperor?", "What did Romans eat?"]),
    ("My computer makes a loud fan noise.", "That usually means it's working hard or getting hot. Is it a laptop or a desktop, and when does it happen?",
     ["A laptop, mostly when I watch videos.", "A desktop, all the time, even when idle.", "How do I clean the fan?"]),
    ("What is 25% of 200?", "25% of 200 is 50.",
     ["And 40% of 200?", "What is 200 increased by 25%?", "How do I calculate percentages in my head?"]),
    ("Help me plan a birthday party for my daughter.", "I'd love to help! How old is she turning, and how many kids are coming?",
     ["She's turning six, about ten kids.", "She's 13 and wants a sleepover.", "She loves dinosaurs. Any theme ideas?"]),
    ("I'm writing a fantasy novel.", "How exciting! What is it about?",
     "A girl who discovers she can talk to dragons.", "That's a fun premise! What problem or enemy does she face?",
     ["The dragons are being hunted by the king.", "I haven't decided yet. Can you suggest some?", "How should the first chapter start?"]),
    ("I want to bake a cake for a friend.", "Lovely! What flavors does your friend like?",
     "She loves lemon.", "A lemon drizzle cake is simple and always popular. Do you have an oven and a loaf tin?",
     ["Yes, I have both.", "I only have a round pan.", "Can you write out the recipe?"]),
    ("What's the best way to learn guitar?", "Start with a few basic chords, practice a little every day, and learn simple songs you enjoy.",
     "Which chords should I learn first?", "G, C, D and E minor. With those four you can play hundreds of songs.",
     ["My fingertips hurt. Is that normal?", "Name some easy songs with those chords.", "How long until I can play well?"]),
    ("Can you recommend a TV series?", "Sure! What genres do you like?",
     "I like crime dramas.", "You might enjoy Broadchurch or Mindhunter. Both are slow-burning and well acted.",
     ["Something lighter, maybe a comedy?", "I've seen both. Any others?", "Are any of them based on true stories?"]),
    ("I'm trying to drink less coffee.", "Good idea! How many cups do you drink a day at the moment?",
     "About five.", "That's quite a lot. Cutting down by one cup every few days can avoid headaches.",
     ["What can I drink instead?", "Will I feel tired at first?", "Is decaf a good option?"]),
    ("How do I write a cover letter?", "Keep it to one page: say which job you want, why you fit it, and give one or two examples from your experience.",
     "It's for a marketing job.", "Then mention campaigns or social media work you've done, with numbers if you have them.",
     ["I don't have much experience.", "Can you write an example opening?", "How should I end the letter?"]),
]


def one_math(rng):
    a, b, c = rng.randint(2, 60), rng.randint(2, 12), rng.randint(2, 9)
    d, e = rng.randint(20, 500), rng.randint(10, 99)
    return rng.choice(MATH_FORMS).format(a=a, b=b, c=c, d=d, e=e, n=rng.choice(MATH_NAMES), b2=2 * b, b4=4 * b,
                                         c2=c + 3, f=rng.choice(["25", "49", "75", "99"]))


def math_prompts(rng, n):
    return distinct_math(rng, n, one_math, [" Explain step by step.", " Just the answer please.", " Can you show the steps?"], 0.2)


def build(seed: int = 2028):
    return free_form(sys.modules[__name__], random.Random(seed), "vy", 0.3, 0.25, 60)


if __name__ == "__main__":
    main(build, DEFAULT_OUT)
