"""Varied distillation prompts, closer to what users type than training/prompts.py.

Hand-written seed questions, tasks and multi-turn openings, recombined with casual
rewordings (lower case, no question mark, a short preamble, extra context) and
different lengths, with a fixed seed. Multi-turn rows carry ``messages`` (earlier
user/assistant turns written here, the model answers the last user turn).

The held-out set for these domains, ``data/heldout-varied.jsonl``, is written by hand
and is not produced by anything in this file (tests check that no prompt is shared).

    python -m training.varied        # writes training/data/prompts-varied-train.jsonl
"""
from __future__ import annotations

import argparse
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, "data", "prompts-varied-train.jsonl")
HELDOUT = os.path.join(HERE, "data", "heldout-varied.jsonl")
DOMAINS = ["general", "howto", "code", "math", "lists", "writing", "summary", "multiturn"]

GENERAL = [
    "Why do leaves change color in the fall?", "How do vaccines train the immune system?",
    "What is the difference between a crocodile and an alligator?", "Why do we yawn?",
    "How does a credit score work?", "What is inflation and why does it happen?",
    "Why is Pluto no longer a planet?", "How do bees make honey?",
    "What is the difference between baking soda and baking powder?", "How do solar panels make electricity?",
    "Why do my ears pop on an airplane?", "What is a black hole made of?",
    "How does the stock market work?", "Why do we dream?", "What is quantum computing?",
    "How do magnets work?", "What is the difference between a CV and a resume?",
    "Why do cats knock things off tables?", "How does GPS know where I am?",
    "What causes thunder?", "How do antibiotics work, and why don't they work on colds?",
    "What is a 401k?", "Why is the Mona Lisa so famous?", "How do hurricanes form?",
    "What's the difference between an LLC and a sole proprietorship?", "Why do we get goosebumps?",
    "How does Wi-Fi work?", "What is the Big Bang theory?", "Why do dogs wag their tails?",
    "How do tides work?", "What is the difference between empathy and sympathy?",
    "How does caffeine keep you awake?", "Why do planes fly so high?", "What is an index fund?",
    "How do chameleons change color?", "Why is exercise good for mental health?",
    "What is the greenhouse effect?", "How are rainbows formed?", "Why do we have time zones?",
    "What is the difference between a latte and a cappuccino?", "How do submarines dive and surface?",
    "What is blockchain in simple words?", "Why does bread go stale?", "How does a microwave heat food?",
    "What is the speed of sound?", "Why do some people snore?", "How do electric cars charge?",
    "What is the difference between a democracy and a republic?", "Why are flamingos pink?",
    "How do contact lenses work?", "What does a vegan diet exclude?", "Why do we need vitamin D?",
    "How do fireflies glow?", "What is the meaning of the word 'serendipity'?",
    "How old is the universe?", "Why do stars twinkle?", "What does an electrician do?",
    "How do I know if I'm dehydrated?", "What is machine learning used for in everyday life?",
    "Why is it colder at the top of a mountain?", "How do birds know where to migrate?",
]
PREAMBLES = ["", "", "", "Quick question: ", "I was wondering, ", "Hey! ", "Can you help? ",
             "My kid asked me this and I didn't know: ", "Sorry if this is basic, but ", "ok so "]
TAILS = ["", "", "", " Keep it short.", " Please explain in detail.", " Answer in two sentences.",
         " I'm not a scientist, so keep it simple.", " Give me an example too.", " Thanks!"]

HOWTO = [
    "remove a stripped screw", "get rid of fruit flies in my kitchen", "make cold brew coffee at home",
    "negotiate the price of a used car", "write a good résumé with no work experience",
    "fall asleep faster", "keep basil alive on a windowsill", "pay off credit card debt",
    "clean a cast iron pan", "prepare for a phone interview", "learn to swim as an adult",
    "make friends in a new city", "stop my dog from pulling on the leash", "reset my router",
    "store fresh herbs", "iron a shirt without an iron", "start running when I'm out of shape",
    "write a complaint letter to an airline", "take care of a succulent", "memorize a speech",
    "organize my email inbox", "make my phone battery last longer", "teach my kid to ride a bike",
    "cook rice without a rice cooker", "deal with a noisy neighbor", "get better at chess",
    "save for a vacation", "patch a small hole in drywall", "choose a good watermelon",
    "prepare a presentation in one evening", "clean my car's interior", "make a budget spreadsheet",
]
HOWTO_FORMS = ["How do I {a}?", "What's the best way to {a}?", "how can i {a}", "Any tips to {a}?",
               "I need to {a}. Where do I start?", "Explain how to {a}.", "Can you tell me how to {a}?"]

CODE = [
    ("Python", "parse a JSON string and print one of its fields"), ("Python", "count how often each word appears in a text file"),
    ("Python", "download a web page and save it to disk"), ("Python", "sort a list of dictionaries by a key"),
    ("Python", "flatten a nested list"), ("Python", "check whether a year is a leap year"),
    ("Python", "find all prime numbers below 100"), ("Python", "merge two dictionaries"),
    ("JavaScript", "remove duplicates from an array"), ("JavaScript", "capitalize the first letter of every word"),
    ("JavaScript", "fetch JSON from a URL with async/await"), ("JavaScript", "deep clone an object"),
    ("TypeScript", "define an interface for a user with optional fields"), ("SQL", "count the orders per customer"),
    ("SQL", "find duplicate email addresses in a users table"), ("Rust", "read a file line by line"),
    ("Rust", "parse command-line arguments without a crate"), ("Go", "start an HTTP server that returns hello"),
    ("Go", "reverse a slice of integers"), ("C", "swap two integers using pointers"),
    ("C++", "read numbers until end of input and print their sum"), ("Java", "check if a string is a palindrome"),
    ("Bash", "back up a directory into a dated tar.gz file"), ("Bash", "loop over all .txt files and count their lines"),
    ("HTML", "make a simple contact form"), ("CSS", "make a button change color on hover"),
    ("Python", "compute the moving average of a list"), ("JavaScript", "format a date as YYYY-MM-DD"),
]
CODE_FORMS = ["How do I {t} in {l}?", "Write {l} code to {t}.", "{l}: {t}", "Can you show me how to {t} using {l}?",
              "I'm learning {l}. How would I {t}?", "What's the cleanest way to {t} in {l}?"]
CODE_FREE = [
    "What's the difference between a process and a thread?", "Explain recursion with a simple example.",
    "What is a REST API?", "Why should I use version control?", "What is the difference between SQL and NoSQL databases?",
    "Explain what a hash map is and why lookups are fast.", "What does 'null pointer exception' mean?",
    "What is unit testing and why is it useful?", "What is the difference between compiled and interpreted languages?",
    "Explain what Docker containers are.", "What are Python decorators?", "What is a closure in JavaScript?",
    "Why is my Python loop so slow, and how can I speed it up?", "What is an off-by-one error?",
    "Explain the difference between a stack and a queue.", "What is dependency injection?",
]

WRITING = [
    "a short poem about {x}", "a haiku about {x}", "a limerick about {x}", "a two-paragraph story about {x}",
    "a tweet about {x}", "a motivational quote about {x}", "a short speech about {x}", "a diary entry about {x}",
]
WRITING_X = ["the first snow of the year", "a cat who hates Mondays", "moving to a new country", "a rainy afternoon",
             "the last day of school", "a robot learning to cook", "friendship", "a long train journey",
             "the ocean at night", "a forgotten umbrella", "starting a new job", "a grandmother's kitchen"]
WRITING_TASKS = [
    "Write an email to my team saying the meeting is moved to Thursday.",
    "Write a thank-you note to a teacher who helped me a lot this year.",
    "Write a short bio for my Instagram. I'm a photographer who loves mountains.",
    "Write a text message apologizing to a friend for missing her party.",
    "Write a product review for a pair of running shoes that are comfortable but wear out fast.",
    "Write an out-of-office reply for a two-week vacation.",
    "Write a short description for a lost dog poster. The dog is a small brown terrier named Max.",
    "Write a welcome message for new members of a book club.",
    "Write a resignation letter that is polite and short.",
    "Write a paragraph persuading people to adopt pets from shelters.",
    "Write a short ad for a garage sale this Saturday.",
    "Write an invitation to a surprise birthday party.",
]

MATH_NAMES = ["Sara", "Omar", "Lena", "Marco", "Aisha", "Tom", "Yuki", "Pedro", "Nina", "Raj"]


def math_prompts(rng, n):
    out = set()
    while len(out) < n:
        a, b, c = rng.randint(2, 40), rng.randint(2, 15), rng.randint(3, 9)
        nm = rng.choice(MATH_NAMES)
        kind = rng.randrange(14)
        p = [
            f"What is {a * 7}% of {b * 20}?",
            f"Solve for x: {b}x - {a} = {b * c - a}",
            f"{nm} runs {c} km every day. How many km does {nm} run in {b} weeks?",
            f"If a shirt costs ${a + 10} and is discounted by {rng.choice([15, 20, 25, 40])}%, what do I pay?",
            f"A car uses {c} liters of fuel per 100 km. How much fuel for a {a * 25} km trip?",
            f"what's {a * 13} divided by {b}",
            f"How many minutes are in {b} days?",
            f"A rectangle has an area of {a * b} square meters and a width of {b} meters. What is its length?",
            f"I have ${a * 100} and spend a third of it on rent and a quarter on food. How much is left?",
            f"{nm} reads {c * 5} pages a day. The book has {c * 5 * b + a} pages. How many days to finish it?",
            f"Convert {a * 3} miles to kilometers.",
            f"What is the area of a circle with radius {c} cm?",
            f"The price of a ticket went up from ${a} to ${a + b}. By what percent did it increase?",
            f"Simplify the fraction {a * c}/{b * c}.",
        ][kind]
        if rng.random() < 0.3:
            p += rng.choice([" Show your work.", " Explain step by step.", " Just the answer please."])
        out.add(p)
    return sorted(out)


LISTS = [
    "Give me {n} ideas for {x}.", "What are {n} good {y}?", "List some {y}.", "Suggest {n} {y}.",
]
LIST_X = ["a birthday gift for my dad", "a team-building activity", "a weekend project with kids",
          "a healthy lunch to take to work", "a themed party", "a side hustle", "a short weekend trip",
          "a science fair project", "things to do on a long flight", "a first date"]
LIST_Y = ["podcasts for learning history", "board games for four players", "exercises I can do at home",
          "movies for a family night", "snacks for a road trip", "names for a coffee shop",
          "questions to ask a new friend", "ways to save electricity", "books about leadership",
          "vegetables that grow well in pots", "apps for learning languages", "habits of productive people"]

SUMMARY_TEXTS = [
    "The city will replace 2,000 streetlights with LED lamps over the next year. Officials say the change will cut energy costs by about 40 percent and reduce light pollution. Some residents worry the new lights will be too bright, so the city will test them on three streets first.",
    "A new study followed 5,000 adults for ten years and found that people who walked at least 7,000 steps a day had a lower risk of heart disease. The benefit leveled off above 10,000 steps. The researchers note the study shows a link, not proof of cause.",
    "Our team finished the mobile app redesign two weeks late because the login screen needed extra security reviews. User testing showed people found the new menu easier to use. Next quarter we will focus on speed and offline support.",
    "The library is extending its opening hours on weekends starting in March. It will also offer free coding workshops for teenagers every Saturday morning. Registration opens online next Monday and spaces are limited.",
    "Farmers in the region had their best harvest in a decade thanks to a mild spring and steady rain. Prices for wheat dropped as a result, which is good news for bakeries but means lower incomes for some farmers.",
    "The museum's new dinosaur hall opened with a full skeleton of a Triceratops, interactive screens and a fossil lab where visitors can watch scientists clean bones. Tickets are free for children under twelve.",
]
SUMMARY_FORMS = ["Summarize this:\n\n{t}", "TL;DR:\n\n{t}", "Give me the main points of this text.\n\n{t}",
                 "{t}\n\nCan you summarize that in one sentence?", "Explain this to me briefly:\n\n{t}"]

MULTI = [
    ("What's a good beginner houseplant?", "Pothos is a great choice: it tolerates low light and irregular watering.",
     ["How often should I water it?", "Is it safe for cats?", "Can I grow it in water instead of soil?"]),
    ("How do I start learning guitar?", "Start with a few basic chords like G, C, D and E minor, and practice switching between them for ten minutes a day.",
     ["How long until I can play a full song?", "Should I learn to read music too?", "My fingertips hurt. Is that normal?"]),
    ("Can you help me plan a birthday party for my 8-year-old?", "Of course! Do you have a theme in mind, and how many kids are coming?",
     ["About 12 kids, and she loves space.", "No theme yet, and it's at home with about 8 kids.", "We have a small budget, around $100."]),
    ("What's the capital of Canada?", "The capital of Canada is Ottawa.",
     ["Why not Toronto?", "What is there to see in Ottawa?", "And what's the largest city?"]),
    ("I want to eat healthier.", "That's a great goal! A good start is adding more vegetables and cooking at home more often.",
     ["What can I cook quickly after work?", "How do I stop snacking at night?", "Is breakfast really that important?"]),
    ("Write a Python function that adds two numbers.", "def add(a, b):\n    return a + b",
     ["Can you add type hints?", "Now write a test for it.", "Make it accept any number of arguments."]),
    ("What's the weather like in Iceland in summer?", "Iceland's summer is cool, usually 10 to 15 degrees Celsius, with very long days.",
     ["What should I pack?", "Can I see the northern lights then?", "Is it expensive to travel there?"]),
    ("I can't decide between a laptop and a tablet for university.", "It depends on your studies. What will you mostly use it for?",
     ["Writing essays and some programming.", "Taking notes and watching lectures.", "Mostly design work and drawing."]),
    ("How many cups are in a liter?", "A liter is about 4.2 US cups.",
     ["And how many tablespoons in a cup?", "How do I convert grams of flour to cups?", "What about ounces?"]),
    ("Recommend a movie for tonight.", "How about 'The Grand Budapest Hotel'? It's funny, colorful and easy to enjoy.",
     ["I've seen it. Something scarier?", "Something the whole family can watch?", "I want something that will make me cry."]),
    ("Explain photosynthesis briefly.", "Plants use sunlight, water and carbon dioxide to make sugar for energy, and they release oxygen.",
     ["Where does it happen in the plant?", "Why are leaves green?", "Do plants do this at night?"]),
    ("I'm nervous about a job interview tomorrow.", "That's normal! Preparing a few stories about your past work can help a lot. What's the role?",
     ["It's a customer service job.", "A junior software developer position.", "A nursing position at a hospital."]),
]


def casual(rng, s):
    s = rng.choice(PREAMBLES) + (s[0].lower() + s[1:] if rng.random() < 0.5 and s[:1].isupper() else s)
    if rng.random() < 0.2:
        s = s.rstrip("?.")
    return s[0].upper() + s[1:] if not s.startswith(("ok", "i ")) else s


def build(seed: int = 2026):
    rng = random.Random(seed)
    dom = {d: [] for d in DOMAINS}
    for q in GENERAL:
        dom["general"].append(q)
        dom["general"].append(casual(rng, q) + rng.choice(TAILS))
    for a in HOWTO:
        for f in rng.sample(HOWTO_FORMS, 2):
            dom["howto"].append(f.format(a=a) + rng.choice(TAILS[:6]))
    for lang, t in CODE:
        for f in rng.sample(CODE_FORMS, 2):
            dom["code"].append(f.format(t=t, l=lang))
    dom["code"] += CODE_FREE
    dom["math"] = math_prompts(rng, 72)
    for x in WRITING_X:
        for f in rng.sample(WRITING, 3):
            dom["writing"].append(rng.choice(["Write ", "Can you write ", "Please write "]) + f.format(x=x) + ".")
    dom["writing"] += WRITING_TASKS
    for x in LIST_X:
        dom["lists"].append(LISTS[0].format(n=rng.choice([3, 5, 10]), x=x))
    for y in LIST_Y:
        for f in rng.sample(LISTS[1:], 2):
            dom["lists"].append(f.format(n=rng.choice([3, 5, 7]), y=y))
    for t in SUMMARY_TEXTS:
        for f in rng.sample(SUMMARY_FORMS, 3):
            dom["summary"].append(f.format(t=t))
    dom["multiturn"] = conversations(MULTI)
    return number_rows(rng, dom, "vt")


def conversations(multi):
    """Chats from (question, reply, ..., follow-ups): the opening turns alternate user and
    assistant, and each follow-up closes one row as the user turn the model answers."""
    return [[{"role": ("user", "assistant")[i % 2], "content": t} for i, t in enumerate(opening)]
            + [{"role": "user", "content": fu}] for *opening, follows in multi for fu in follows]


def number_rows(rng, dom, prefix):
    """Rows of a prompt file from {domain: prompts}: duplicates dropped, shuffled within each
    domain, ids ``{prefix}-{domain}-{j}``."""
    rows = []
    for d in DOMAINS:
        seen, items = set(), []
        for x in dom[d]:
            key = json.dumps(x)
            if key not in seen:
                seen.add(key)
                items.append(x)
        rng.shuffle(items)
        for j, x in enumerate(items):
            r = {"id": f"{prefix}-{d}-{j:03d}", "domain": d, "split": "train"}
            r["messages" if isinstance(x, list) else "prompt"] = x
            rows.append(r)
    return rows


def write(rows, out):
    with open(out, "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} prompts to {out}")


def distinct_math(rng, n, one, tails, p_tail):
    """``n`` distinct word problems, sorted: ``one(rng)`` writes one, a share get a closing request."""
    out = set()
    while len(out) < n:
        p = one(rng)
        if rng.random() < p_tail:
            p += rng.choice(tails)
        out.add(p)
    return sorted(out)


def word_problems(forms, names):
    """``math_prompts(rng, n)`` over ``forms`` (fields a..e, n for a name from ``names``, b2 = 2b,
    b4 = 4b, c2 = c + 3), a quarter with a closing request: the fourth pool's math, shared by the
    pools after it."""
    def one(rng):
        a, b, c = rng.randint(2, 60), rng.randint(2, 12), rng.randint(2, 9)
        d, e = rng.randint(20, 500), rng.randint(10, 59)
        return rng.choice(forms).format(a=a, b=b, c=c, d=d, e=e, n=rng.choice(names), b2=2 * b, b4=4 * b, c2=c + 3)

    def math_prompts(rng, n):
        return distinct_math(rng, n, one, [" Explain step by step.", " Just the answer, please.", " Show your working."], 0.25)
    return math_prompts


def free_form(pool, rng, prefix, p_general, p_code, n_math):
    """Rows from a module of free-form prompt lists (``GENERAL``, ``HOWTO``, ``CODE``, ...):
    each prompt as written or casually reworded, a share of the general questions in both forms."""
    dom = {d: [] for d in DOMAINS}
    for q in pool.GENERAL:
        dom["general"].append(q)
        if rng.random() < p_general:
            dom["general"].append(casual(rng, q) + rng.choice(TAILS))
    for q in pool.HOWTO:
        dom["howto"].append(rng.choice(pool.HOWTO_LEADS) + (casual(rng, q) if rng.random() < 0.3 else q))
    dom["code"] = [casual(rng, q) if rng.random() < p_code else q for q in pool.CODE]
    dom["math"] = pool.math_prompts(rng, n_math)
    dom["lists"] = list(pool.LISTS)
    dom["writing"] = [casual(rng, q) if rng.random() < 0.3 else q for q in pool.WRITING]
    dom["summary"] = list(pool.SUMMARY)
    dom["multiturn"] = conversations(pool.MULTI)
    return number_rows(rng, dom, prefix)


def main(build=build, default_out=DEFAULT_OUT):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=default_out)
    write(build(), ap.parse_args().out)


if __name__ == "__main__":
    main()
