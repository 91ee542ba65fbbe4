"""Templated prompt set for self-distillation (no downloads).

Eight domains (chat, code, math, lists, summary, story, translation, instruction),
each built from templates x topics with a fixed seed. Every domain contributes the
same number of held-out prompts, which training never sees.

    python -m training.prompts            # writes training/data/prompts.jsonl
    python -m training.prompts --extra    # more train prompts: data/prompts-extra-train.jsonl
    python -m training.prompts --fresh    # the same templates, new fillers: data/prompts-fresh-train.jsonl
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, "data", "prompts.jsonl")
EXTRA_OUT = os.path.join(HERE, "data", "prompts-extra-train.jsonl")
FRESH_OUT = os.path.join(HERE, "data", "prompts-fresh-train.jsonl")
DOMAINS = ["chat", "code", "math", "lists", "summary", "story", "translation", "instruction"]

TOPICS = [
    "black holes", "photosynthesis", "the French Revolution", "machine learning", "volcanoes",
    "the immune system", "climate change", "the Roman Empire", "electric cars", "honey bees",
    "the internet", "coffee", "the Moon landing", "earthquakes", "vaccines", "the stock market",
    "renewable energy", "dinosaurs", "the human brain", "ocean tides", "recycling", "chess",
    "the printing press", "rainbows", "sleep", "cryptography", "the water cycle", "jazz music",
    "the Great Wall of China", "antibiotics", "solar panels", "the Olympic Games", "glaciers",
    "democracy", "DNA", "bread baking", "the Amazon rainforest", "gravity", "smartphones",
    "meditation", "the Silk Road", "coral reefs", "inflation", "the piano", "Mars exploration",
    "penguins", "wind turbines", "the Renaissance", "public libraries", "tea ceremonies",
]

CHAT_T = [
    "What is {t}?", "Can you explain {t} in simple terms?", "Why is {t} important?",
    "Tell me an interesting fact about {t}.", "How would you describe {t} to a child?",
    "What are the main benefits and drawbacks of {t}?", "What is the history of {t}?",
    "I'm curious about {t}. Where should I start learning?",
    "What do most people get wrong about {t}?", "How does {t} affect everyday life?",
]

LANGS = ["Python", "JavaScript", "Rust", "C", "Java", "Go", "C++", "TypeScript", "Ruby", "Bash"]
CODE_TASKS = [
    "reverses a string", "checks whether a number is prime", "computes the factorial of n",
    "returns the n-th Fibonacci number", "sorts a list of integers with bubble sort",
    "counts the vowels in a string", "finds the maximum element of an array",
    "checks whether a string is a palindrome", "sums the digits of an integer",
    "removes duplicates from a list", "merges two sorted arrays", "computes the greatest common divisor of two numbers",
    "converts Celsius to Fahrenheit", "implements binary search", "counts words in a sentence",
    "reads a file and prints its number of lines", "returns the average of a list of numbers",
    "checks whether two strings are anagrams", "prints the multiplication table of 7",
    "finds the second largest number in a list",
]
CODE_T = [
    "Write a {lang} function that {task}.", "Show me how to write a program in {lang} that {task}.",
    "Implement a {lang} function that {task}, and explain how it works.",
    "Can you give me {lang} code that {task}?",
]

NAMES = ["Alice", "Ben", "Carla", "David", "Emma", "Farid", "Grace", "Hiro", "Ines", "Jonas",
         "Kemi", "Liam", "Maya", "Noah", "Olga", "Priya", "Quinn", "Rosa", "Sam", "Tara"]
ITEMS = [("apples", 3), ("pencils", 2), ("books", 12), ("cookies", 1), ("stickers", 1),
         ("marbles", 1), ("oranges", 2), ("tickets", 8), ("cupcakes", 4), ("notebooks", 5)]


def math_prompts(rng, n):
    out = []
    seen = set()
    kinds = ["buy", "share", "speed", "percent", "rect", "age", "save", "sum"]
    j = -1
    while len(out) < n:
        j += 1
        k = kinds[j % len(kinds)]
        a, b = rng.choice(NAMES), rng.choice(NAMES)
        item, price = rng.choice(ITEMS)
        x, y, z = rng.randint(2, 30), rng.randint(2, 12), rng.randint(2, 9)
        if k == "buy":
            p = f"{a} buys {x} {item} that cost ${price} each and pays with a ${x * price + z * 5} bill. How much change does {a} get?"
        elif k == "share":
            p = f"{a} has {x * z} {item} and shares them equally among {z} friends. How many {item} does each friend get?"
        elif k == "speed":
            p = f"A train travels at {x * 5} km per hour for {y} hours. How far does it travel?"
        elif k == "percent":
            p = f"A jacket costs ${x * 10}. It is on sale for {rng.choice([10, 20, 25, 30, 50])}% off. What is the sale price?"
        elif k == "rect":
            p = f"A rectangle is {x} cm long and {y} cm wide. What are its area and its perimeter?"
        elif k == "age":
            p = f"{a} is {x} years old. {b} is {y} years older than {a}. How old will {b} be in {z} years?"
        elif k == "save":
            p = f"{a} saves ${y} every week. How many weeks does it take to save ${y * x}?"
        else:
            p = f"What is the sum of all whole numbers from 1 to {x * 5}? Explain step by step."
        if rng.random() < 0.5:
            p += " Show your reasoning."
        if p not in seen:
            seen.add(p)
            out.append(p)
    return out


LIST_NS = [3, 5, 7, 10]
LIST_T = [
    "List {n} tips for {t}.", "Give me a list of {n} facts about {t}.",
    "What are {n} common mistakes people make when {t}?", "Name {n} ways to get better at {t}.",
    "Make a checklist with {n} items for {t}.",
]
LIST_TOPICS = [
    "learning a new language", "saving money", "studying for exams", "staying healthy",
    "cooking pasta", "planning a trip", "writing an essay", "running a marathon",
    "growing tomatoes", "starting a small business", "public speaking", "learning to code",
    "keeping a home clean", "managing time", "taking better photos", "reducing stress",
    "hosting a dinner party", "moving to a new city", "training a puppy", "reading more books",
]

SUMMARY_FACTS = [
    ("The city council met on Tuesday", "to discuss a new bike lane on Main Street",
     "Supporters said it would reduce traffic and pollution", "while shop owners worried about losing parking",
     "The council will vote next month"),
    ("A team of scientists discovered a new species of frog", "in the mountains of Peru",
     "The frog is bright orange and only two centimeters long", "and it lives near fast streams",
     "The researchers say the habitat needs protection"),
    ("The school library opened a new reading room", "with comfortable chairs and large windows",
     "Students can borrow laptops there", "and volunteers help younger children with reading",
     "The room is open every weekday until six"),
    ("A small bakery in the town started selling bread made from local wheat",
     "The owner buys the grain from three nearby farms",
     "Customers say the bread tastes fresher", "although it costs a little more",
     "The bakery plans to open a second shop next year"),
    ("The museum announced an exhibition about ancient Egypt", "featuring more than two hundred objects",
     "Visitors will see jewelry, tools and a painted coffin", "and children can join guided tours",
     "The exhibition runs until the end of spring"),
    ("Heavy rain caused flooding in several villages", "over the weekend",
     "Emergency teams helped families leave their homes", "and schools were closed on Monday",
     "The weather service expects drier days soon"),
    ("A local football club won the regional championship", "after a dramatic final",
     "The winning goal came in the last minute", "and thousands of fans celebrated in the streets",
     "The club will now play in the national league"),
    ("Researchers tested a new battery design", "that charges in ten minutes",
     "The battery uses cheap and common materials", "but it still loses capacity after many cycles",
     "The team hopes to improve it within two years"),
]
# A closing remark appended to a passage: the same passage with another ending is the same request.
SUMMARY_ENDINGS = ["", " Officials thanked everyone involved.", " More details will follow.",
                   " Many people shared their opinions online.", " The news surprised many residents.",
                   " Local newspapers covered the story."]


def passage(facts, ending):
    """A summary prompt's passage: five facts as two sentences and a closing sentence."""
    return facts[0] + " " + facts[1] + ". " + facts[2] + ", " + facts[3] + ". " + facts[4] + "." + ending


SUMMARY_T = [
    "Summarize the following text in one sentence:\n\n{x}",
    "Write a short summary of this paragraph:\n\n{x}",
    "What is the main idea of the following text?\n\n{x}",
    "Summarize this for a busy reader in two sentences:\n\n{x}",
]

STORY_T = [
    "Write a short story about {c} who {e}.", "Tell me a bedtime story about {c} who {e}.",
    "Write a funny story about {c} who {e}.", "Write a story for children about {c} who {e}.",
]
CHARS = ["a brave little mouse", "an old lighthouse keeper", "a curious robot", "a young dragon",
         "a lonely astronaut", "a clever fox", "a shy girl named Lily", "a talking tree",
         "a retired pirate", "a lost puppy", "a wizard's apprentice", "a friendly ghost"]
EVENTS = ["finds a hidden map", "learns to fly", "makes a new friend", "gets lost in a big city",
          "discovers a secret door", "wins a baking contest", "saves the village from a storm",
          "travels back in time", "loses a magic key", "meets a giant"]

TRANS_LANGS = ["French", "Spanish", "German", "Italian", "Portuguese"]
TRANS_SENT = [
    "Good morning, how are you today?", "Where is the nearest train station?",
    "I would like a cup of coffee, please.", "The weather is beautiful today.",
    "My brother lives in a small town near the sea.", "Can you help me find my keys?",
    "We are going to the museum tomorrow.", "This book is very interesting.",
    "What time does the store close?", "I have been learning to cook for two years.",
    "The children are playing in the garden.", "Thank you very much for your help.",
    "How much does this shirt cost?", "I am sorry, I do not understand.",
    "Our flight leaves at eight in the evening.", "She likes to read before going to sleep.",
]
TRANS_T = ["Translate to {lang}: \"{s}\"", "How do you say \"{s}\" in {lang}?",
           "Translate the following sentence into {lang} and explain any difficult words: \"{s}\""]

INSTR_MODS = ["", " as a complete beginner", " with only basic tools", " in under ten minutes"]
INSTR_T = [
    "Explain how to {a}, step by step.", "Give me instructions to {a}.",
    "What is the best way to {a}?", "Write a short guide on how to {a}.",
]
ACTIONS = [
    "make a cup of tea", "change a flat bicycle tire", "write a formal email", "plant a tree",
    "set up a budget", "tie a tie", "boil an egg", "create a strong password",
    "prepare for a job interview", "clean a laptop keyboard", "make a paper airplane",
    "back up the files on a computer", "write a thank-you note", "build a simple birdhouse",
    "learn a song on the guitar", "organize a closet", "make pancakes", "start journaling",
    "sharpen a kitchen knife", "fold a fitted sheet",
]


# Fillers the held-out prompts never name, for build_fresh: the same templates asking new things.
FRESH_TOPICS = [
    "the Pyramids of Giza", "butterflies", "the Industrial Revolution", "nuclear power", "tornadoes",
    "the human heart", "deserts", "the Vikings", "bicycles", "ants", "email", "chocolate",
    "the Hubble telescope", "tsunamis", "blood donation", "credit cards", "hydrogen fuel",
    "sharks", "memory", "rivers", "composting", "football", "the telephone", "lightning",
    "dreams", "passwords", "clouds", "opera", "the Eiffel Tower", "allergies", "batteries",
    "the World Cup", "icebergs", "voting", "proteins", "cheese making", "the Sahara",
    "magnets", "video games", "yoga", "the Panama Canal", "mangrove forests", "interest rates",
    "the violin", "Jupiter", "owls", "hydroelectric dams", "the Middle Ages", "museums", "spices",
]
FRESH_CODE_TASKS = [
    "capitalizes the first letter of every word", "checks whether a year is a leap year",
    "computes the power of a number without a library call", "counts how often each character occurs",
    "flattens a nested list", "finds the smallest element of an array", "rotates an array by k positions",
    "checks whether a number is even or odd", "converts a binary string to a decimal number",
    "returns the length of the longest word in a sentence", "computes the least common multiple of two numbers",
    "converts kilometers to miles", "implements insertion sort", "reverses the order of words in a sentence",
    "returns the sum of the even numbers in a list",
]
FRESH_LIST_TOPICS = [
    "learning to swim", "decorating a small apartment", "preparing for a job interview abroad",
    "sleeping better", "baking bread at home", "camping in the mountains", "writing a cover letter",
    "cycling to work", "keeping houseplants alive", "saving energy at home", "learning to draw",
    "making new friends as an adult", "packing for a long flight", "eating less sugar",
    "teaching a child to read", "organizing a wedding", "writing a blog", "learning chess",
    "buying a used car", "volunteering in your community",
]
FRESH_SUMMARY_FACTS = [
    ("The town opened a new swimming pool", "next to the primary school",
     "Families can swim there for free on Sundays", "while clubs may book lanes in the evenings",
     "The pool was paid for by a local charity"),
    ("A farmer found a Roman coin", "while ploughing his field",
     "Experts say the coin is almost two thousand years old", "and it shows the face of an emperor",
     "The coin will be shown at the county museum"),
    ("The bus company changed its timetable", "for the winter months",
     "Buses to the airport will run every twenty minutes", "but night buses will stop at midnight",
     "Passengers can find the new times online"),
    ("A group of students built a small satellite", "at their university",
     "The satellite will measure air pollution from space", "and it weighs less than two kilograms",
     "It will be launched early next year"),
    ("The zoo welcomed a baby giraffe", "born on Friday morning",
     "The calf is already one and a half meters tall", "and it started walking within an hour",
     "Visitors can see it from next week"),
    ("A storm knocked down power lines", "across the northern district",
     "About four thousand homes were without electricity", "and workers repaired the lines through the night",
     "Power was back by Sunday afternoon"),
    ("The national orchestra will tour ten cities", "this summer",
     "Tickets for students will cost half the price", "and some concerts will take place outdoors",
     "The tour ends with a free concert in the capital"),
    ("Doctors tested a new app", "that reminds patients to take their medicine",
     "Patients who used the app missed fewer doses", "although some older users found it hard to set up",
     "The hospital plans to offer it to everyone next year"),
]
FRESH_CHARS = ["a sleepy cat", "a young knight", "a kind old baker", "a tiny snail",
               "a forgetful inventor", "a brave firefighter", "a little cloud", "a polar bear cub",
               "a girl who loves maps", "a grumpy troll", "a singing frog", "a small red car"]
FRESH_EVENTS = ["finds a treasure chest", "learns to swim", "builds a rocket", "visits the moon",
                "plants a magic seed", "finds a stray kitten", "wakes up in a castle",
                "enters a singing contest", "gets a mysterious letter", "climbs the tallest mountain"]
FRESH_TRANS_SENT = [
    "Excuse me, where is the bathroom?", "I would like to book a table for two.",
    "It is raining and I forgot my umbrella.", "My sister is a doctor in a big hospital.",
    "Could you please speak more slowly?", "We visited our grandparents last weekend.",
    "The train to the airport is late again.", "I need to buy some bread and milk.",
    "What is your favorite color?", "He has been working here for five years.",
    "The dog is sleeping under the table.", "Please close the window, it is cold.",
    "How far is it to the city center?", "I do not eat meat.",
    "The concert starts at nine o'clock.", "They are learning to play the guitar together.",
    "Can I pay with a credit card?", "The museum is closed on Mondays.",
    "I lost my phone on the bus.", "We are very happy to see you again.",
    "My favorite season is autumn.", "Is this seat free?",
    "The soup is too hot to eat.", "Turn left at the next traffic light.",
]
FRESH_ACTIONS = [
    "make a smoothie", "replace a light bulb", "write a cover letter", "repot a houseplant",
    "save for a holiday", "iron a shirt", "cook rice", "set up a home Wi-Fi network",
    "prepare for a presentation", "clean a bathroom mirror", "make a paper boat",
    "update the software on a phone", "write a birthday card", "paint a wooden fence",
    "learn to juggle three balls", "pack a suitcase", "make an omelette", "start a vegetable garden",
    "wash a wool sweater", "wrap a present",
]


def _shuffled(rng, combos, n):
    """Every combination in the order the seed shuffles it; the first n are the prompt set."""
    rng.shuffle(combos)
    if len(combos) < n:
        raise ValueError("not enough template combinations")
    return combos


def _domains(rng, per_domain):
    """Per domain, every (prompt, content) in shuffled order: ``content`` is what the prompt asks
    about with the template's wording left out (the topic, the story's character and event, the
    passage less its closing remark, the action less its modifier, ...), so two
    prompts with the same content are the same request phrased by two templates."""
    out = {}
    out["chat"] = [(t.format(t=x), x) for t, x in _shuffled(rng, list(itertools.product(CHAT_T, TOPICS)), per_domain)]
    out["code"] = [(t.format(lang=l, task=k), (l, k)) for t, l, k in
                   _shuffled(rng, list(itertools.product(CODE_T, LANGS, CODE_TASKS)), per_domain)]
    out["math"] = [(p, p) for p in math_prompts(rng, per_domain)]
    out["lists"] = [(t.format(n=n, t=x), x) for t, n, x in
                    _shuffled(rng, list(itertools.product(LIST_T, LIST_NS, LIST_TOPICS)), per_domain)]
    summ = {}
    for t, f, extra in itertools.product(SUMMARY_T, SUMMARY_FACTS, SUMMARY_ENDINGS):
        body = passage(f, extra)
        summ[t.format(x=body)] = f
    out["summary"] = _shuffled(rng, sorted(summ.items()), per_domain)
    out["story"] = [(t.format(c=c, e=e), (c, e)) for t, c, e in
                    _shuffled(rng, list(itertools.product(STORY_T, CHARS, EVENTS)), per_domain)]
    out["translation"] = [(t.format(lang=l, s=s), (l, s)) for t, l, s in
                          _shuffled(rng, list(itertools.product(TRANS_T, TRANS_LANGS, TRANS_SENT)), per_domain)]
    out["instruction"] = [(t.format(a=a + m), a) for t, a, m in
                          _shuffled(rng, list(itertools.product(INSTR_T, ACTIONS, INSTR_MODS)), per_domain)]
    return out


def build(per_domain: int = 150, held_out_per_domain: int = 16, seed: int = 1234):
    by_domain = _domains(random.Random(seed), per_domain)
    rows = []
    for dom in DOMAINS:
        ps = [p for p, _ in by_domain[dom][:per_domain]]
        assert len(set(ps)) == len(ps) == per_domain, (dom, len(set(ps)))
        for j, p in enumerate(ps):
            rows.append({"id": f"{dom}-{j:03d}", "domain": dom,
                         "split": "heldout" if j < held_out_per_domain else "train", "prompt": p})
    return rows


def build_extra(per_domain: int = 150, held_out_per_domain: int = 16, seed: int = 1234, math_extra: int = 150,
                cap: int = 300):
    """More train prompts from the same templates: the combinations ``build`` left unused, less
    every one whose content a held-out prompt asks about, so that no extra prompt is a held-out
    request in another template's words; and ``math_extra`` new math problems. At most ``cap`` a domain,
    so that code's 800 combinations do not outweigh the rest. Ids ``<domain>-x###``."""
    by_domain = _domains(random.Random(seed), per_domain)
    taken = {p for combos in by_domain.values() for p, _ in combos[:per_domain]}
    rows = []
    for dom in DOMAINS:
        combos = by_domain[dom]
        if dom == "math":
            fresh = [p for p in math_prompts(random.Random(seed + 1), per_domain + 2 * math_extra) if p not in taken]
            ps = fresh[:math_extra]
        else:
            held = {c for _, c in combos[:held_out_per_domain]}
            ps = [p for p, c in combos[per_domain:] if c not in held][:cap]
        rows += [{"id": f"{dom}-x{j:03d}", "domain": dom, "split": "train", "prompt": p} for j, p in enumerate(ps)]
    return rows


FRESH_CAPS = {"chat": 200, "code": 150, "math": 100, "lists": 180, "summary": 150, "story": 200,
              "translation": 220, "instruction": 150}


def build_fresh(seed: int = 4321, caps: dict | None = None):
    """Train prompts from the same templates with new fillers (the ``FRESH_*`` tables): every
    combination that names at least one new filler, so none asks what a held-out prompt asks; math
    problems from another seed, less those ``build`` and ``build_extra`` made. The weakest templated
    domains at k = 4 (translation, chat, story, lists) get the most. Ids ``<domain>-f###``."""
    caps = caps or FRESH_CAPS
    rng = random.Random(seed)
    combos = {}
    combos["chat"] = [t.format(t=x) for t, x in itertools.product(CHAT_T, FRESH_TOPICS)]
    combos["code"] = [t.format(lang=l, task=k) for t, l, k in itertools.product(CODE_T, LANGS, FRESH_CODE_TASKS)]
    combos["lists"] = [t.format(n=n, t=x) for t, n, x in itertools.product(LIST_T, LIST_NS, FRESH_LIST_TOPICS)]
    combos["summary"] = [t.format(x=passage(f, extra))
                         for t, f, extra in itertools.product(SUMMARY_T, FRESH_SUMMARY_FACTS, SUMMARY_ENDINGS)]
    combos["story"] = [t.format(c=c, e=e) for t, c, e in itertools.product(STORY_T, CHARS + FRESH_CHARS, EVENTS + FRESH_EVENTS)
                       if c in FRESH_CHARS or e in FRESH_EVENTS]
    combos["translation"] = [t.format(lang=l, s=x) for t, l, x in itertools.product(TRANS_T, TRANS_LANGS, FRESH_TRANS_SENT)]
    combos["instruction"] = [t.format(a=a + m) for t, a, m in itertools.product(INSTR_T, FRESH_ACTIONS, INSTR_MODS)]
    taken = {r["prompt"] for r in build() + build_extra()}
    combos["math"] = [p for p in math_prompts(random.Random(seed + 1), 4 * caps["math"]) if p not in taken]
    rows = []
    for dom in DOMAINS:
        ps = combos[dom]
        if dom != "math":
            rng.shuffle(ps)
        if len(ps) < caps[dom]:
            raise ValueError(f"{dom}: {len(ps)} fresh combinations, {caps[dom]} wanted")
        rows += [{"id": f"{dom}-f{j:03d}", "domain": dom, "split": "train", "prompt": p} for j, p in enumerate(ps[:caps[dom]])]
    return rows


def load(path: str = DEFAULT_OUT, split: str | None = None):
    with open(path) as f:
        rows = [json.loads(l) for l in f if l.strip()]
    return [r for r in rows if split is None or r["split"] == split]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=None,
                    help="default data/prompts.jsonl, with --extra data/prompts-extra-train.jsonl, "
                         "with --fresh data/prompts-fresh-train.jsonl")
    ap.add_argument("--per-domain", type=int, default=150)
    ap.add_argument("--held-out-per-domain", type=int, default=16)
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--extra", action="store_true", help="write build_extra's train prompts")
    ap.add_argument("--fresh", action="store_true", help="write build_fresh's train prompts")
    a = ap.parse_args()
    if a.fresh:
        a.out = a.out or FRESH_OUT
        rows = build_fresh()
    else:
        a.out = a.out or (EXTRA_OUT if a.extra else DEFAULT_OUT)
        rows = (build_extra if a.extra else build)(a.per_domain, a.held_out_per_domain, a.seed)
    os.makedirs(os.path.dirname(a.out), exist_ok=True)
    with open(a.out, "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_ho = sum(r["split"] == "heldout" for r in rows)
    print(f"wrote {len(rows)} prompts ({n_ho} held out) to {a.out}")


if __name__ == "__main__":
    main()
