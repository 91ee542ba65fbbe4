"""A second pool of varied distillation prompts, written as users type them.

Adapters trained on the 460 prompts of ``training/varied.py`` stopped gaining on the unseen
held-out prompts while their fit to the training answers kept rising (adapters/README.md,
session 18): the data, not the steps, had run out. This pool adds other questions, tasks and
conversations in the same eight domains, mostly free-form (one prompt per line as a user
would write it, not recombined from a few templates), with a casual rewording of some.

It is a separate file with its own ids (``vx-…``) so that the first pool and its committed
answers stay as they are. Nothing here paraphrases a held-out prompt (``data/heldout-varied.jsonl``);
tests check that no prompt is shared with it or with the first pool.

    python -m training.varied_more   # writes training/data/prompts-varied-more-train.jsonl
"""
from __future__ import annotations

import os
import random
import sys

from .varied import HERE, distinct_math, free_form, main

DEFAULT_OUT = os.path.join(HERE, "data", "prompts-varied-more-train.jsonl")

GENERAL = [
    "Why do we get brain freeze from ice cream?", "How do glasses correct bad eyesight?",
    "What is the difference between a hurricane, a typhoon and a cyclone?", "Why do cats have whiskers?",
    "How does a dishwasher actually clean dishes?", "What makes popcorn pop?", "Why do we have fingerprints?",
    "How does a bill become a law in the United States?", "What is the difference between a college and a university?",
    "Why do mosquitoes bite some people more than others?", "How do pilots land in fog?",
    "What is a calorie, exactly?", "Why does the moon look bigger near the horizon?",
    "How do earthquakes happen?", "What is the difference between an ocean and a sea?",
    "Why do bananas turn brown?", "How does an elevator know which floor to stop at?",
    "What is the difference between a patent and a copyright?", "Why do we blink?",
    "How do plants know which way is up?", "What is the Northern Lights and where can I see it?",
    "How does a 3D printer work?", "Why is gold so valuable?", "What does a dietitian do?",
    "How do owls see in the dark?", "What is the difference between a stock and a bond?",
    "Why do knuckles crack?", "How does a nuclear power plant make electricity?",
    "What causes the seasons?", "Why do some animals hibernate?", "What is an allergy?",
    "How do touch screens work?", "Why does metal feel colder than wood at the same temperature?",
    "What is the difference between an entrepreneur and a small business owner?",
    "How do volcanoes form?", "Why do people have different blood types?", "What is a recession?",
    "How does soap kill germs?", "Why do my feet smell?", "What is the difference between jam and jelly?",
    "How does a compass work?", "What is a carbon footprint?", "Why do birds sing in the morning?",
    "How do self-driving cars see the road?", "What is the difference between weight and mass?",
    "Why do old books smell the way they do?", "How does the human heart pump blood?",
    "What is a VPN and do I need one?", "Why do we get wrinkly fingers in the bath?",
    "How do spiders make webs?", "What is the difference between a fever and a high temperature?",
    "Why is the Dead Sea called dead?", "How do I read a nutrition label?", "What is a mutual fund?",
    "Why do cars have catalytic converters?", "How did the ancient Egyptians build the pyramids?",
    "What is the difference between a meteor and a meteorite?", "Why is sleep so important for memory?",
    "How does a thermostat work?", "Why do we need to pay taxes?", "What is the placebo effect?",
    "How do bats find their way in the dark?", "What does an architect do?",
    "Why are some people left-handed?", "How is paper made?", "What is renewable energy?",
    "Why do sunflowers follow the sun?", "What is the difference between a lake and a pond?",
    "How does a camera capture a picture?", "What is an electric current?", "Why do we sneeze?",
    "How do whales breathe?", "What is the ozone layer?", "Why do teeth get cavities?",
    "How does a refrigerator's freezer make ice?", "What is the difference between a crime and a tort?",
    "Why do I get a headache when I'm hungry?", "How do trains stay on the tracks?",
    "What is the difference between an introvert and an extrovert?", "Why are there so many languages?",
    "How does recycling plastic work?", "What is the stock exchange?", "Why do cuts itch when they heal?",
    "How does the internet get across the ocean?", "What is the difference between a town and a city?",
    "Why do apples turn brown when you cut them?", "How do fish breathe underwater?",
    "What is a good credit utilization ratio?", "Why do we have eyebrows?", "How does a lock and key work?",
    "What is the difference between a cold and the flu?", "Why is the number zero important?",
    "How do smoke detectors work?", "What is the difference between a boat and a ship?",
    "Why does hot water sometimes freeze faster than cold water?", "What is an ecosystem?",
    "How do hearing aids work?", "Why do leaves fall off trees?", "What is a pension?",
    "How do ants find food?", "Why do we celebrate New Year's Day on January 1?",
    "What is the difference between a president and a prime minister?", "How do clouds form?",
    "What does a pharmacist do besides filling prescriptions?", "Why do our voices sound different on recordings?",
    "How does a bicycle stay upright?", "What is the difference between a herb and a spice?",
    "Why do some people hate the taste of cilantro?", "What is compound interest?",
    "How long do dogs live?", "Who was Cleopatra?", "When did the first person walk on the moon?",
    "Who painted the ceiling of the Sistine Chapel?", "What language do they speak in Brazil?",
    "How far is the Moon from Earth?", "What is the largest desert in the world?",
    "Which is the longest river in Europe?", "How many countries are there in the world?",
    "What is the boiling point of water on a mountain?", "Who wrote 'The Odyssey'?",
    "Is a koala a bear?", "Do fish sleep?", "Can penguins fly?", "Is glass a liquid?",
    "Do plants feel pain?", "Is it safe to eat raw cookie dough?", "Can you see the Great Wall of China from space?",
    "Is chocolate bad for dogs?", "Are bats blind?", "Does cracking your knuckles cause arthritis?",
    "What's the healthiest way to cook vegetables?", "Should I stretch before or after running?",
    "Is it better to rent or buy a house?", "What's the difference between a debit card and a credit card?",
    "How much water should I drink a day?", "Is it worth learning Latin?",
    "What happens if you swallow chewing gum?", "Why is my houseplant turning yellow?",
    "What's the point of a middle name?", "Why do some countries drive on the left?",
    "How do I know if a news article is reliable?", "Explain the rules of soccer to me like I've never watched it.",
    "What's a good way to explain what a computer program is to a child?",
    "My friend says we only use 10% of our brains. Is that right?",
    "I keep hearing about 'the cloud'. What is it really?",
    "What do people mean when they say the economy is 'overheating'?",
    "I'm visiting Japan next month. What customs should I know about?",
    "What is the difference between stress and anxiety?", "Why do I feel tired after eating a big lunch?",
]

HOWTO = [
    "How do I boil an egg so the yolk is still runny?", "How can I get my toddler to sleep through the night?",
    "What's the best way to clean a stainless steel fridge without streaks?", "How do I change a flat tire?",
    "How do I make my own pizza dough?", "How can I improve my handwriting?", "How do I write a good cover letter?",
    "How do I get better at public speaking?", "What's the fastest way to defrost chicken safely?",
    "How do I wash a wool sweater without shrinking it?", "How can I make my small bedroom look bigger?",
    "How do I start a vegetable garden on a balcony?", "How do I back up the photos on my phone?",
    "How do I tell my roommate they need to clean more without a fight?", "How can I stop my glasses from fogging up?",
    "How do I sharpen a kitchen knife?", "How do I get a job in tech without a degree?",
    "How do I make a good first impression at a new job?", "How can I wake up earlier without feeling awful?",
    "How do I remove a sticker residue from glass?", "How do I plan a road trip across the country?",
    "How can I reduce my screen time?", "How do I make a sourdough starter from scratch?",
    "How do I know what size bike to buy?", "How do I cancel a gym membership that won't let me quit?",
    "How do I hang a heavy mirror on a plaster wall?", "How can I be more patient with my kids?",
    "How do I calm down before an exam?", "How do I potty train a puppy?", "How do I get rid of hiccups fast?",
    "What's the right way to brush my teeth?", "How do I fix a running toilet?",
    "How do I learn a new language on my own?", "How can I tell if my car battery is dying?",
    "How do I write a good thank-you email after an interview?", "How do I descale a kettle?",
    "How do I say no to extra work without looking lazy?", "How should I store potatoes and onions?",
    "How do I start investing with only $100?", "How do I keep my cat off the kitchen counter?",
    "How do I make scrambled eggs fluffy?", "How do I choose a good avocado?",
    "How do I get grass stains out of jeans?", "How can I focus better when studying?",
    "How do I make a simple website for my small business?", "How do I clean my laptop keyboard?",
    "How do I introduce two cats to each other?", "How can I get over jet lag quickly?",
    "How do I set boundaries with my parents as an adult?", "How do I meal prep for a week?",
]
HOWTO_LEADS = ["", "", "", "Quick one: ", "Help! ", "I've never done this before. ", "Any advice? "]

CODE = [
    "Write a Python function that checks if two strings are anagrams.",
    "How do I reverse a string in Python?", "Write a JavaScript function that returns the largest number in an array.",
    "What is the difference between let, const and var in JavaScript?", "How do I remove whitespace from the start and end of a string in Java?",
    "Write a SQL query to find the second highest salary in an employees table.",
    "How do I create a virtual environment in Python?", "What does the 'self' parameter mean in Python classes?",
    "Write a function in C that returns the length of a string without using strlen.",
    "How do I undo my last git commit?", "What's the difference between git pull and git fetch?",
    "Write a Python script that prints the Fibonacci numbers up to 100.",
    "How do I handle exceptions in Python? Show an example with try and except.",
    "Write a bash script that prints the ten largest files in the current directory.",
    "How do I read a JSON file in Node.js?", "What is a promise in JavaScript?",
    "How do I make a dictionary from two lists in Python?", "Write a Go function that checks if a number is prime.",
    "Explain what an interface is in Java.", "How do I sort a dictionary by its values in Python?",
    "Write a CSS rule that makes all images responsive.", "What is the difference between GET and POST requests?",
    "How do I install a package with pip from a requirements file?", "What is recursion depth and why does Python limit it?",
    "Write a Rust program that prints the numbers 1 to 10.", "How do I convert a string to an integer in JavaScript?",
    "Write a SQL query that lists all customers who have never placed an order.",
    "What are Python generators and when would I use one?", "Explain what a pointer is in C.",
    "How do I find the index of an item in a Python list?", "Write a Python function to compute the factorial of n.",
    "What does 'async' mean in JavaScript?", "How do I write a for loop in Bash?",
    "How do I join a list of strings with commas in Python?", "What is a segmentation fault?",
    "Write a function that validates an email address with a regular expression.",
    "How do I split a string by spaces in Go?", "What's the difference between an array and a linked list?",
    "Write a Python function that removes duplicate items from a list but keeps the order.",
    "How do I make an API call with fetch and handle errors?", "What is an index in a database and why does it help?",
    "Write a TypeScript function that sums an array of numbers.", "How do I comment out multiple lines in Python?",
    "What is object-oriented programming?", "How do I check which version of Python I have?",
    "Write a C++ function that swaps two variables using references.", "What's a good way to name variables?",
    "How do I read user input in Java?", "Write a Python one-liner that squares every number in a list.",
    "Why does 0.1 + 0.2 not equal 0.3 in JavaScript?", "How do I center text in HTML?",
    "What is the difference between a class and an object?", "How do I delete a branch in git?",
    "My React component re-renders too often. What could cause that?",
    "I get 'IndentationError: unexpected indent' in Python. What does it mean?",
    "Why does my SQL query with GROUP BY give an error about a column not in the aggregate?",
    "How do I write unit tests in Python with pytest?", "Write a shell command to count the lines in all .py files.",
    "Explain what a REST endpoint like GET /users/42 does.", "What is a memory leak?",
    "Write a Python function that returns the most common letter in a string.",
    "How do I loop over a dictionary's keys and values in Python?", "Write a JavaScript function that shuffles an array.",
    "What is the difference between a compiler and an interpreter?", "How do I convert a list to a set in Python and why would I?",
    "Write pseudocode for binary search.", "What does 'pass by reference' mean?",
]

MATH_FORMS = [
    "I bought {a} apples at ${b}.{c}0 each. How much did I spend?",
    "A train travels {d} km in {c} hours. What is its average speed?",
    "What is {a} times {e}?", "what is {a} plus {e} minus {b}",
    "If {c} friends split a bill of ${d} equally, how much does each pay?",
    "A tank holds {d} liters and is {c}0% full. How many liters are in it?",
    "What is the perimeter of a square with sides of {b} cm?",
    "How many hours are in {e} minutes?", "Round {d}.{c}{b} to the nearest whole number.",
    "What is the square root of {sq}?", "What is {b} to the power of {p}?",
    "A class has {d} students and {a} of them are girls. What percentage are boys?",
    "I sleep {c} hours a night. How many hours is that in a year?",
    "A box of {b} pencils costs ${c}. How much does one pencil cost?",
    "What is the average of {a}, {b} and {e}?", "Is {d} an even or odd number?",
    "{n} is {a} years old. Her brother is {b} years older. How old will he be in {c} years?",
    "A recipe serves {c} people. I need to feed {e}. By how much should I multiply the ingredients?",
    "What is {b}/{c} as a decimal?", "Convert {d} degrees Fahrenheit to Celsius.",
    "What is the volume of a box that is {a} cm long, {b} cm wide and {c} cm tall?",
    "If I save ${e} a week, how long until I have ${d}0?", "What is {a}% as a fraction?",
    "Find the next number in the sequence {b}, {b2}, {b3}, {b4}.",
    "The sum of two numbers is {d} and their difference is {a2}. What are the numbers?",
]
MATH_NAMES = ["Mia", "Leo", "Hana", "Diego", "Zara", "Ben", "Ines", "Kofi", "Elif", "Sam"]

LISTS = [
    "What are some fun things to do in Paris?", "Give me a list of easy dinners for busy weeknights.",
    "What are the best ways to save money on groceries?", "List some good habits for a morning routine.",
    "What should I bring to a job fair?", "Suggest some names for a golden retriever puppy.",
    "What are some indoor activities for a rainy day with teenagers?", "Give me 5 tips for a long car drive.",
    "What are the main causes of climate change?", "List the steps to start a small online shop.",
    "What are good gifts for a coworker under $20?", "What are some ways to reduce stress at work?",
    "Name a few famous scientists and what they discovered.", "What are some healthy snacks for kids?",
    "Give me ideas for a 30th birthday party.", "What are the signs that I'm burning out?",
    "List some classic novels everyone should read.", "What are some easy plants for a beginner gardener?",
    "Give me a grocery list for a week of vegetarian meals.", "What are the pros and cons of electric cars?",
    "What are fun team names for a trivia night?", "Suggest some stretches for lower back pain.",
    "List some questions to ask when viewing an apartment.", "What are some ways to meet new people as an adult?",
    "What are the most common mistakes new drivers make?", "Give me ideas for a cheap weekend in the city.",
    "What are some good podcasts for learning about money?", "List the essentials for a new baby.",
    "What are some tips for taking better photos with my phone?", "Name some foods that are high in protein.",
    "What are the benefits of reading every day?", "List ten countries in South America.",
    "What are some good study techniques for exams?", "Give me some conversation starters for a networking event.",
    "What are some things to do before moving to a new house?", "Suggest a few hobbies for someone who likes being outdoors.",
    "What are some quick ways to tidy up before guests arrive?", "List some ideas for a science project for a 10-year-old.",
    "What should I look for in a good mattress?", "What are some ways to be more environmentally friendly at home?",
    "Give me a few ideas for Halloween costumes for a couple.", "List the ingredients for a classic pancake recipe.",
    "What are some good exercises for beginners at the gym?", "What are the warning signs of a scam email?",
    "Give me some ideas to celebrate a small win at work.", "What are some tips for a first-time camper?",
]

WRITING = [
    "Write a short poem about a city at night.", "Write a haiku about coffee.",
    "Write a limerick about a dog who loves the mailman.", "Write a short story about a lost key, in five sentences.",
    "Write a funny tweet about Mondays.", "Write a thank-you message to a nurse who cared for my father.",
    "Write an email asking my boss for a day off next Friday.", "Write a short speech for my best friend's graduation.",
    "Write a product description for handmade soy candles.", "Write a short bedtime story about a sleepy dragon.",
    "Write a motivational message for a friend running a marathon tomorrow.",
    "Write a polite message to a neighbor asking them to turn down their music.",
    "Write a slogan for a bakery called Sunrise Bread.", "Write a short love poem for my wife.",
    "Write an apology email to a customer whose order arrived late.", "Write a short story that starts with 'The door was already open.'",
    "Write a congratulations card for a couple who just had a baby.", "Write a job ad for a part-time dog walker.",
    "Write a two-line rhyme about pizza.", "Write a social media post announcing our new coffee shop's opening.",
    "Write a short letter to my future self.", "Write a description of a sunset for a travel blog.",
    "Write a short eulogy for a beloved family dog.", "Write a friendly reminder email about an unpaid invoice.",
    "Write a short fable with a moral about patience.", "Write a poem about the sea in the style of a children's song.",
    "Write a message to welcome a new colleague to the team.", "Write a tagline for a fitness app.",
    "Write a short dialogue between a cat and a dog arguing about who is the better pet.",
    "Write a paragraph describing a cozy winter cabin.", "Write a four-line poem about rain.",
    "Write a short review of a fictional Italian restaurant.", "Write an email inviting my team to a farewell lunch.",
    "Write a story for kids about a brave little turtle.", "Write a short note to leave for my roommate about the dishes.",
    "Write a toast for my parents' 40th wedding anniversary.", "Write a wedding invitation text for a beach ceremony.",
    "Write a short horror story about a mirror.", "Write a speech to open a school sports day.",
    "Write a poem about growing old.",
]

SUMMARY = [
    "Summarize this:\n\nThe town council voted on Tuesday to build a new public swimming pool next to the high school. "
    "Construction will start in the spring and is expected to take 18 months. The pool will cost about $6 million, "
    "paid for partly by a state grant. Some residents worried about traffic near the school, and the council promised "
    "to add a new parking lot.",
    "Can you summarize this in two sentences?\n\nResearchers tested a new battery made from sodium instead of lithium. "
    "Sodium is cheaper and easier to find, but batteries made from it usually store less energy. The team found a way "
    "to improve the battery's design so that it holds about 90 percent as much energy as a lithium battery of the same "
    "size. They hope it can be used for storing solar power at home.",
    "TL;DR:\n\nHey everyone, just a reminder that the kitchen fridge will be cleaned out this Friday at 3pm. Anything "
    "without a name and date on it will be thrown away. If you have containers you want to keep, please take them home "
    "before then. Thanks for helping keep the kitchen clean!",
    "Summarize the story of Cinderella in three sentences.", "Give me a short summary of the French Revolution.",
    "Summarize what the theory of evolution says in simple words.", "Summarize the plot of The Lion King.",
    "What are the main points of this paragraph?\n\nRemote work has grown quickly since 2020. Many workers say they "
    "like the flexibility and the lack of a commute. However, some managers worry that teams communicate less and that "
    "new employees learn more slowly. Many companies now use a hybrid model, with two or three days in the office.",
    "Summarize this review:\n\nI stayed at the hotel for three nights. The room was clean and the bed was very "
    "comfortable, but the walls were thin and I could hear the people next door. Breakfast was good, with lots of fresh "
    "fruit. The staff were friendly but check-in took almost an hour. I would stay again for the location.",
    "Briefly summarize the causes of World War I.", "Summarize the main ideas of the book 'Atomic Habits'.",
    "Give me the short version:\n\nOur internet provider will perform maintenance on the network between 1am and 5am "
    "on Sunday. During this time, you may lose your connection for up to 30 minutes. You do not need to do anything. "
    "If your internet does not work after 6am, please restart your router or contact support.",
    "Summarize in one sentence:\n\nBees are important because they pollinate many of the crops we eat, such as apples, "
    "almonds and blueberries. In recent years bee populations have fallen because of pesticides, disease and the loss "
    "of wild flowers. Farmers and gardeners can help by planting flowers and using fewer chemicals.",
    "Summarize the water cycle for a 10-year-old.", "Summarize what happened in the Titanic disaster.",
]

MULTI = [
    ("I'm thinking about getting a bike to commute to work.", "That's a great idea! How far is your commute, and is the route hilly?",
     ["About 8 km, mostly flat.", "It's 15 km with some hills.", "What kind of bike should I get?"]),
    ("Can you help me write a Python script?", "Sure! What should the script do?",
     ["Read a text file and count the words.", "Rename all the photos in a folder by date.", "Send me an email every morning."]),
    ("What's a good dessert for a dinner party?", "A chocolate mousse is easy to make ahead and always impresses guests.",
     ["Something without chocolate?", "How long does it take to make?", "Can I make it dairy-free?"]),
    ("I want to learn to code. Where should I start?", "Python is a friendly first language. Free courses and small projects are a great way to begin.",
     ["How long until I can get a job?", "Should I learn JavaScript instead?", "What's a good first project?"]),
    ("My plant's leaves are drooping.", "That often means it needs water, or sometimes that it has too much. How often do you water it?",
     ["About once a week.", "Every day, a little bit.", "I honestly forget for weeks."]),
    ("What's the difference between a crocodile and a lizard?", "Crocodiles are large, semi-aquatic reptiles, while most lizards are smaller and live on land.",
     ["Which one is older as a species?", "Are they related to dinosaurs?", "Which one makes a better pet?"]),
    ("I need a name for my new bakery.", "Fun! What kind of bakery is it, and where is it?",
     ["It's a small French bakery in a seaside town.", "We mostly sell cupcakes and cookies.", "It's vegan and gluten-free."]),
    ("How do I make tea properly?", "Heat fresh water, pour it over the tea, and steep for three to five minutes depending on the type.",
     ["What about green tea?", "Should I add milk before or after?", "How do I make iced tea?"]),
    ("What is 12 times 12?", "12 times 12 is 144.",
     ["And 144 divided by 3?", "What's the square root of 144?", "How about 13 times 13?"]),
    ("I have an exam in biology next week.", "Good luck! Which topics are on the exam?",
     ["Cells and genetics.", "The human digestive system.", "Ecology and food chains."]),
    ("Can you recommend a book?", "Sure! What kind of books do you usually enjoy?",
     ["I like thrillers.", "Something funny and light.", "Nonfiction about history."]),
    ("I'm planning a trip to Italy.", "Wonderful! How long will you stay, and what do you enjoy most when you travel?",
     ["Ten days, and I love food.", "One week, mostly art and museums.", "Two weeks, and I want to see the countryside."]),
    ("Write a haiku about winter.", "Silent falling snow\nblankets the sleeping village\nsmoke curls from chimneys",
     ["Now one about summer.", "Make it funnier.", "Can you write a longer poem instead?"]),
    ("How do I convert Celsius to Fahrenheit?", "Multiply the Celsius temperature by 9/5 and add 32.",
     ["So what is 25 degrees Celsius?", "And the other way around?", "Is there a quick way to estimate it in my head?"]),
    ("I want to start running.", "Great! A walk-run plan, like one minute running and two minutes walking, is a gentle way to start.",
     ["How many times a week?", "What shoes should I buy?", "My knees hurt after running. What should I do?"]),
    ("Can you explain what a budget is?", "A budget is a plan for how you will spend and save your money each month.",
     ["How do I make one?", "What percentage should I save?", "Is there an app you'd recommend?"]),
]


def one_math(rng):
    a, b, c = rng.randint(2, 40), rng.randint(2, 12), rng.randint(2, 9)
    d, e = rng.randint(20, 400), rng.randint(10, 90)
    sq, step = rng.choice([16, 25, 36, 49, 64, 81, 121, 144, 169, 225]), rng.randint(2, 9)
    return rng.choice(MATH_FORMS).format(
        a=a, b=b, c=c, d=d, e=e, sq=sq, p=rng.randint(2, 5), n=rng.choice(MATH_NAMES),
        a2=2 * (a // 2), b2=b + step, b3=b + 2 * step, b4=b + 3 * step)


def math_prompts(rng, n):
    return distinct_math(rng, n, one_math, [" Show your work.", " Explain how you got it.", " Quick answer please."], 0.25)


def build(seed: int = 2027):
    return free_form(sys.modules[__name__], random.Random(seed), "vx", 0.5, 0.3, 90)


if __name__ == "__main__":
    main(build, DEFAULT_OUT)
