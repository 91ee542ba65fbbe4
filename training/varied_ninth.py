"""A ninth pool of varied distillation prompts: questions that want facts or an everyday
explanation, advice, twice the code of the pools before it, lists, summaries of long pasted
passages, and new writing, how-to, math and chat prompts.

The held-out varied set weighs general questions (28 prompts) and code (18) most, and after the
eighth pool general questions, summaries and lists stay the weakest domains at k = 4 (1.759,
1.716, 1.823). So this pool has 250 questions that want facts or how and why something works
(everyday science, technology, history of every region, geography, words, money, law, sport,
food), 150 that want advice or a comparison, 120 code prompts (ten languages, spreadsheet
formulas, pasted snippets and tracebacks to fix, concepts, tools), 60 lists, 50 summaries (44 of
pasted passages of 230-290 words, a third with the request after the passage), 80 writing
requests, 50 how-to, 40 math from 22 new forms and 16 chats.

Its ids start ``vn-``, so the answers distilled for the earlier pools stay valid. Every prompt was
scanned for exact and near (word-overlap) matches with the earlier pools and the held-out sets;
``training/tests/test_recipes.py`` checks that none is shared.

    python -m training.varied_ninth   # writes training/data/prompts-varied-ninth-train.jsonl
"""
from __future__ import annotations

import os
import random
import sys

from .varied import HERE, free_form, main, word_problems
from .varied_sixth import HOWTO_LEADS, MATH_NAMES  # the same leads and names as the sixth pool

DEFAULT_OUT = os.path.join(HERE, "data", "prompts-varied-ninth-train.jsonl")

# Questions that want facts (who, when, where, how or why a thing works).
GENERAL_FACTS = [
    "My homemade mayonnaise split right before guests arrived. Why does mayo break, and why does whisking it into a spoonful of water bring it back?",
    "Why does honey crystallise in the jar but never seem to go off?",
    "why does milk get that skin on top when you heat it up",
    "Why does a soufflé sink as soon as it comes out of the oven?",
    "why won't jelly set if you put fresh pineapple in it but tinned pineapple is fine",
    "Why does a pinch of baking soda make dried beans cook softer?",
    "Why do hard-boiled eggs sometimes get a grey-green ring around the yolk?",
    "why does whipped cream turn into butter if you keep going too long",
    "How does MSG make food taste more savoury? Is the bad reputation deserved?",
    "why does brown sugar go rock hard once the bag is open",
    "Why does red cabbage turn blue or pink depending on what you cook it with?",
    "Why does homemade ice cream get icy after a couple of weeks in the freezer?",
    "I left a bottle of cola in a hot car and it was totally flat by the evening. Why do warm fizzy drinks lose their bubbles faster?",
    "why does my cake always crack down the middle in the oven",
    "Why do baking recipes insist on eggs and butter at room temperature?",
    "My grandmother's glass casserole dish exploded when she put it on a wet counter straight out of the oven. Why does hot glass shatter like that?",
    "Why does a splash of starchy pasta water make the sauce cling better?",
    "Why does beef stew meat get tough after an hour but fall-apart tender after three?",
    "why does olive oil go cloudy and thick in the fridge",
    "Why does a pinch of salt make watermelon taste sweeter?",
    "What is an oil's smoke point, and why does it matter which oil I fry with?",
    "Why does homemade fudge sometimes turn out grainy instead of smooth?",
    "The news keeps blaming this week's freezing weather on the polar vortex. What is it, exactly?",
    "is ball lightning actually real or is it a myth",
    "What is a foehn wind, and why does it melt snow so quickly?",
    "whats lake effect snow, my cousin in buffalo keeps talking about it",
    "i saw two bright rainbow-ish spots on either side of the sun this morning, what are those",
    "is a waterspout basically just a tornado over the sea",
    "Why do some beaches have black sand?",
    "What's the funny bone, and why does knocking it feel so weird?",
    "What are those little squiggly floaters that drift across my vision?",
    "What is earwax for? Should it be there at all?",
    "Some people sneeze when they step into bright sunlight. Why does that happen?",
    "what are tonsils even for, why do so many people get them taken out",
    "Why do we have two kidneys when people can live with one?",
    "What does the gallbladder do, and how do people manage without one?",
    "what makes some people double-jointed",
    "Why do some people get dark circles under their eyes even after a good night's sleep?",
    "How does the heart keep beating in rhythm without us thinking about it?",
    "About how much blood is in an adult's body?",
    "Why don't teeth repair themselves the way bones do?",
    "Why does food taste of nothing when you have a blocked nose?",
    "How does your stomach tell your brain you've had enough to eat?",
    "Why do you get a lump in your throat when you're trying not to cry?",
    "Everyone has a blind spot in each eye. Why don't we notice a hole in what we see?",
    "what actually causes a hangover, is it just dehydration",
    "is it true that male seahorses are the ones who give birth",
    "Why do cuckoos lay their eggs in other birds' nests, and why don't the other birds notice?",
    "Is it true crows can remember individual human faces?",
    "can a cockroach really live for weeks without its head",
    "How can a gecko walk up a glass window?",
    "how do penguins stand on ice all day without their feet freezing",
    "how do dolphins sleep without drowning",
    "How does mistletoe grow on trees without roots in the ground?",
    "There's crusty orange and grey stuff all over the old gravestones at our local church. Is that lichen, and how does it survive on bare rock?",
    "Why do pine cones open when it's dry and close up when it's wet?",
    "What does a honeybee's waggle dance tell the other bees?",
    "why do snakes keep flicking their tongues",
    "Why does a cat's tongue feel like sandpaper?",
    "Wood frogs in Canada freeze solid over winter and hop away in spring. How do they survive that?",
    "How does an electric eel make electricity without shocking itself?",
    "How does a hermit crab pick a new shell when it outgrows the old one?",
    "There's a plant at the garden centre whose leaves fold up the second you touch them. How does a mimosa plant do that?",
    "How do some orchids trick insects into pollinating them?",
    "why do african elephants have such massive ears",
    "what's the kuiper belt, is pluto part of it",
    "The Earth is spinning at over 1,000 miles per hour at the equator. Why don't we feel it?",
    "How do astronauts use the toilet on the International Space Station?",
    "We stayed up for the Perseids last night and saw dozens of shooting stars. What are they actually made of?",
    "What is the Oort cloud, and has anyone ever seen it?",
    "Is a blue moon a real thing, or just part of the saying?",
    "What is the Great Red Spot on Jupiter, and is it shrinking?",
    "Why does Mars have such a thin atmosphere?",
    "Why is Uranus tipped over on its side?",
    "How do spacecraft use a planet's gravity to speed up?",
    "Why does the far side of the Moon look so different from the side we see?",
    "why does the moon look huge and orange when it's just coming up",
    "Why is the Sun's corona hotter than its surface?",
    "Why are there no stars in the photos from the Moon landings?",
    "What's on the Voyager Golden Record?",
    "how does a boomerang know to come back",
    "how does a siphon work, how does the water go uphill first",
    "Why do you hear the sea when you hold a seashell to your ear?",
    "How do polarised sunglasses cut out the glare off water?",
    "If hot air balloons can only go up and down, how do pilots steer them?",
    "Why is glass see-through when the sand it's made from isn't?",
    "Why does a tennis ball bounce less on a cold day?",
    "Why are ice skates able to glide so easily on ice?",
    "Why do wet clothes and wet sand look darker than dry ones?",
    "why is the sand at the beach scorching hot but the sea still freezing",
    "My tyre pressure warning comes on every first cold morning in autumn. Why does cold weather lower tyre pressure?",
    "Why does a spinning top stay upright until it slows down?",
    "why do power lines hum",
    "Why does rubbing a wet finger around the rim of a wine glass make it sing?",
    "How does a steel ship weighing thousands of tonnes float?",
    "Why does my phone battery hold less charge after two years than when it was new?",
    "How does a hybrid car decide when to run on the engine and when on the battery?",
    "How does a diesel engine ignite its fuel without spark plugs?",
    "How does my phone know which way up I'm holding it?",
    "how can netflix start playing a film before the whole thing has downloaded",
    "what does my router actually do, is it the same as the modem",
    "My great-grandfather was a telegraph operator in the 1920s. How did the telegraph send messages along a wire?",
    "I'm learning to drive a manual car. What is the clutch actually doing when I press it?",
    "How does a turbocharger squeeze more power out of a small engine?",
    "How does portrait mode on a phone blur the background?",
    "How does my phone know to switch the screen off when I hold it to my ear?",
    "How does an inkjet printer mix all the colours from just a few cartridges?",
    "When I call someone on my mobile, how does the call actually get to their phone?",
    "Why do planes sometimes dump fuel before an emergency landing?",
    "What's in an aeroplane's black box, and how does it survive a crash?",
    "how does a touch lamp know i'm touching it",
    "how does my car key fob unlock the doors from across the car park",
    "How do night-vision goggles let soldiers see in the dark?",
    "My niece was born deaf and is getting a cochlear implant next month. How does it let her hear?",
    "How does a smartwatch measure my heart rate through my wrist?",
    "Who was Wu Zetian?",
    "Who was Kublai Khan, and how did the Mongols end up ruling China?",
    "What was the Berlin Conference of 1884, and how did it carve up Africa?",
    "Who was Mustafa Kemal Atatürk, and what did he change in Turkey?",
    "My son has to give a two-minute talk on Frederick Douglass. Who was he, and what is he best known for?",
    "Who was Boudica, and why did she revolt against Rome?",
    "I just watched the film Agora. Who was the real Hypatia of Alexandria, and how much of the film is accurate?",
    "Who was Archimedes? Did he really shout \"Eureka\" in the bath?",
    "Why did Peter the Great build St Petersburg on a swamp?",
    "What was the Congress of Vienna, and what did it decide after Napoleon?",
    "Who was Otto von Bismarck, and how did he unify Germany?",
    "Who was Akbar, and why is he called the Great?",
    "Who was Rani Lakshmibai of Jhansi?",
    "Who was José de San Martín?",
    "who was ibn khaldun",
    "What were the Wars of the Roses, and where does the name come from?",
    "Did Leif Erikson really reach North America before Columbus?",
    "What happened in the Easter Rising of 1916 in Dublin?",
    "What was the Winter War between Finland and the Soviet Union?",
    "How long did the Siege of Leningrad last, and how did people survive it?",
    "Who was Lise Meitner, and why didn't she get a Nobel Prize?",
    "Who was Rosalind Franklin, and what was Photo 51?",
    "Who was Joan of Arc, and why was she burned at the stake?",
    "Who was Menelik II?",
    "what was the war of the pacific and is that why bolivia has no coast",
    "Who were the Hittites?",
    "What was the Kingdom of Kush?",
    "Who was Empress Theodora of Byzantium?",
    "Who was Ramesses II?",
    "Who was Mary Wollstonecraft?",
    "What was the Peasants' Revolt of 1381?",
    "Who was Cyrus the Great?",
    "who was haile selassie and why is he important to rastafarians",
    "Who was Empress Dowager Cixi?",
    "Who was Toyotomi Hideyoshi?",
    "Who was Steve Biko?",
    "Who was Sojourner Truth?",
    "We drove past the Little Bighorn battlefield in Montana. Who was Sitting Bull, and what part did he play there?",
    "What was the Underground Railroad, and was it actually underground?",
    "Who was Sor Juana Inés de la Cruz?",
    "Who were the Knights Templar, and what happened to them?",
    "who was attila the hun and why was everyone so scared of him",
    "What was the Treaty of Tordesillas, and is it why Brazil speaks Portuguese?",
    "who was ho chi minh and why was saigon renamed after him",
    "The Byzantines called themselves Romans. So why do historians call it the Byzantine Empire?",
    "Who was Nefertiti, and why is her painted bust so famous?",
    "Who was Queen Seondeok of Silla?",
    "What happened at the Battle of Agincourt?",
    "who was spartacus, was he a real person",
    "who was timur, the guy they call tamerlane",
    "I saw Ida B. Wells on a list of famous journalists. Who was she, and why is she remembered?",
    "Who was Ching Shih? I heard she was one of the most successful pirates ever.",
    "Who were the Cholas of southern India, and how far did their navy reach?",
    "Why is Iceland green and Greenland covered in ice? Did someone swap the names?",
    "My colleague in Kashgar says the sun doesn't rise there until about 10am in winter. Why does China use only one time zone when it's so wide?",
    "why are there no bridges across the amazon",
    "Where does the Nile actually begin?",
    "What's the highest capital city in the world?",
    "Why is Nepal's flag not a rectangle?",
    "How can Antarctica be a desert when it's covered in ice?",
    "What is the Mariana Trench, and how deep is it?",
    "Which is the largest country in Africa by area? I always assumed it was Egypt.",
    "Why do Spain and Morocco each have towns on the other's side of the Strait of Gibraltar?",
    "why is alaska part of the us and not canada",
    "Why does Indonesia have so many islands, and how many are there?",
    "Why is Tasmania separate from mainland Australia?",
    "why does finland have so many lakes",
    "Where does the phrase \"bite the bullet\" come from?",
    "Where does \"the whole nine yards\" come from?",
    "Why is quitting something suddenly called going \"cold turkey\"?",
    "where does spill the beans come from",
    "why is a bakers dozen 13",
    "Is it true the word \"salary\" comes from salt?",
    "Why is W called \"double u\" when it looks like two Vs?",
    "Where does \"mind your p's and q's\" come from?",
    "why are jeans called jeans",
    "Did \"goodbye\" really come from \"God be with you\"?",
    "where does the phrase under the weather come from",
    "What does \"sic\" mean when it's put in brackets inside a quote?",
    "Where does the expression \"the bee's knees\" come from?",
    "Why is it called a hamburger when there's no ham in it?",
    "Where does \"rule of thumb\" come from? Is the dark story about it true?",
    "who came up with the word nerd",
    "My grandmother left me some government bonds. What is a bond, and how does it actually pay you back?",
    "Who actually pays for a tariff, the foreign company or the people buying the goods?",
    "What does it mean when a company does a stock split?",
    "what is bitcoin mining actually doing",
    "whats the difference between a monopoly and an oligopoly",
    "Why did so many European countries give up their own currencies for the euro?",
    "Why do some currencies, like the Indonesian rupiah, have thousands of units to the dollar?",
    "Why is the US dollar the currency most countries keep in reserve?",
    "What is stagflation, and why do economists dread it so much?",
    "My friend moved from London to Paris to practise law and had to retrain. What's the difference between common law and civil law systems?",
    "What is diplomatic immunity, and does it mean diplomats can break any law?",
    "What's the difference between parole and probation?",
    "What does \"contempt of court\" mean?",
    "What's a coalition government, and how does one get formed?",
    "What does a constitutional monarch actually do?",
    "what does a whip actually do in parliament",
    "What's the difference between a birdie, an eagle and an albatross in golf?",
    "What do the different coloured jerseys in the Tour de France mean?",
    "how on earth is figure skating scored",
    "What is the designated hitter in baseball?",
    "How do you score points in snooker, and what's a maximum break?",
    "How are points awarded in Formula 1?",
    "Why does a round of golf have 18 holes?",
    "what is icing in ice hockey",
    "In a relay race, what happens if the runners pass the baton outside the zone?",
    "How does scoring work in darts? Why do players aim for the treble 20?",
    "How are boxing matches scored when there's no knockout?",
    "What is cubism, and what were Picasso and Braque trying to do?",
    "What's the difference between an opera and a musical?",
    "how did the blues actually start",
    "what is ukiyo-e exactly, i keep seeing it in japanese art shops",
    "How was fresco painting done, and why did the plaster have to be wet?",
    "Why are there 12 notes in the Western scale?",
    "What does \"a cappella\" mean, and where does the term come from?",
    "Did the Earl of Sandwich really invent the sandwich?",
    "Where did potatoes come from, and how did they end up in Ireland?",
    "Is it true Europeans used to think tomatoes were poisonous?",
    "Where did fortune cookies come from? I heard they aren't from China.",
    "where did bagels come from",
    "Why is Worcestershire sauce named after an English town?",
    "did marco polo really bring pasta back from china or is that a myth",
    "Where was tofu invented, and how do they turn soybeans into a block?",
    "There's a new Vietnamese place near my office and I've become obsessed with pho. Where did it come from?",
    "Where did gin come from? Wasn't it Dutch originally?",
    "What's the difference between a migraine and a normal headache?",
    "What is gluten, and why can't people with coeliac disease eat it?",
    "How does a broken bone heal itself?",
    "what is herd immunity exactly",
    "What are probiotics, and do they actually do anything?",
    "what is tinnitus and why does it happen",
    "What's the difference between a heart attack and a cardiac arrest?",
    "I twisted my ankle playing netball and the nurse said it was a sprain, not a strain. What's the difference?",
]

# Questions that want advice, a recommendation or a comparison.
GENERAL_ADVICE = [
    "My employer offers a health savings account. How is an HSA different from an FSA, and which should I pick?",
    "What's the difference between a Roth IRA and a traditional IRA, in plain terms?",
    "i just got my first real paycheck and like a third of it is gone to deductions. what are all these things",
    "is it worth paying off a 0% interest loan early or should i just let it run",
    "Should I use a balance transfer card to pay off $4,000 of credit card debt, or is there a catch?",
    "how much cash should i actually keep in checking vs savings",
    "My bank keeps emailing me about overdraft protection. Is it worth turning on?",
    "I'm 58 and have maybe $20,000 saved for retirement. Is it too late to do anything meaningful, and where would you start?",
    "what does pay yourself first actually mean",
    "Are extended warranties on laptops and TVs ever worth buying?",
    "I keep getting letters offering to consolidate my student loans. Is consolidation ever a good idea?",
    "My 16-year-old son wants his own bank account. Should it be a joint account with me or fully his, and what should we look for?",
    "What's a credit freeze, and should I put one on even if I've never been hacked?",
    "Should I tell my friends how much I earn when they ask?",
    "I split a holiday cottage with four friends and one of them still hasn't paid me back £300 after two months. How do I chase it without making things weird?",
    "I went self-employed this year as a wedding photographer. How much of each payment should I set aside for taxes?",
    "How do I turn down a job offer politely after I told them I'd think about it over the weekend?",
    "My manager asked me to 'take on more leadership' but didn't mention a raise or a new title. Should I push back?",
    "is it ok to list a job on my resume that i only had for 3 months",
    "What's a good answer to 'Why are you leaving your current job?' when the honest answer is that my boss is awful?",
    "I'm a nurse with 12 years on hospital wards and I'm burned out. What kinds of jobs do former nurses move into that don't involve shift work?",
    "Our team lead schedules meetings at 5:30pm twice a week, and I have to leave by 5:45 for nursery pickup. How do I raise it?",
    "How do I ask for feedback after a job rejection without sounding bitter?",
    "My coworker microwaves fish for lunch every day and our open-plan office smells for hours. Is there a non-awkward way to bring it up?",
    "What's the difference between a recruiter and a headhunter?",
    "four day week or two days working from home, which would you pick",
    "I've been asked to give a short speech at a colleague's leaving do. How do I make it warm and funny without embarrassing her?",
    "How do I say no to extra projects at work without being seen as someone who isn't a team player?",
    "I'm 24 and my job is fine but boring. Is it a mistake to stay somewhere comfortable in my twenties?",
    "Is a master's degree worth it for someone who's already five years into a marketing career?",
    "A former employee I didn't rate very highly has listed me as a reference. What should I say when the new company calls?",
    "Half my wedding guests haven't RSVP'd and the deadline was last Friday. Is it rude to text them directly?",
    "Guests brought wine to my dinner party. Am I supposed to open it that night, or is it fine to keep it for later?",
    "My best friend asked me to be her maid of honour, but I'm broke and the bachelorette trip is in Las Vegas. How do I tell her I can't afford it?",
    "my boss messages me on whatsapp at like 10pm. am i expected to reply",
    "How do I tell my roommate she needs to start cleaning up after herself without it turning into a fight?",
    "My partner wants the bedroom window open all year and I'm always freezing. How do couples handle different temperature preferences?",
    "How do I politely say no to being a godparent?",
    "My course lists a textbook that costs $180, but I can buy the edition from two versions ago for $15. Does the edition actually matter?",
    "What's the difference between a notice period and gardening leave?",
    "My father-in-law keeps making comments about my weight at family dinners. My husband says 'that's just how he is.' What can I do?",
    "how do you end a friendship that's just run its course without a big dramatic talk",
    "A friend asked me to co-sign the lease on her new apartment. What am I actually on the hook for if I say yes?",
    "how do those cheap phone chargers from the petrol station compare to the official ones, are they actually dangerous",
    "My 8-year-old has started lying about small things, like whether she brushed her teeth. Is that normal, and how should I respond?",
    "My landlord wants to come in and inspect the flat every month. Is that too often, and can I push back?",
    "A recruiter messaged me on LinkedIn about a job that pays 25% more, but I'm happy where I am. Is it worth taking the call anyway?",
    "My 15-year-old wants to go to a three-day music festival with friends and no adults. How do I decide whether to let her?",
    "is it bad to bribe a 4 year old with sweets just to get through the supermarket",
    "My best friend's wedding and my cousin's 40th are on the same day, three hours' drive apart. Can I reasonably go to both, and if not, which should come first?",
    "My twins are 5 and fight over toys constantly. Should we make them share everything or let each have their own things?",
    "My 12-year-old says his friends made a group chat without him. How can I help without making it worse?",
    "Should I make my teenager finish the piano lessons he begged for, now that he hates them?",
    "We're expecting our second baby in the spring. How can we get our 2-year-old ready for a new sibling?",
    "How do I talk to my 7-year-old about money without making her anxious about it?",
    "whats the etiquette for leaving a group chat that's gotten way too much",
    "Is it cruel to keep a rabbit in a hutch in the garden?",
    "my dog eats grass every morning and then throws up, should i stop him",
    "My neighbour's kids keep kicking their football over our fence and climbing in to get it back. How do I handle it without falling out with their parents?",
    "How do I get the musty smell out of a built-in wardrobe in a room that gets damp?",
    "why do bread recipes make you let the dough rise twice, can't i just do it once",
    "Our beagle howls for hours after we leave for work, and the neighbours have complained. What can we try?",
    "do indoor cats even need vaccines",
    "What's the difference between a dog trainer and a dog behaviourist?",
    "The air conditioning in my car blows warm air now. Is it just a regas, or could it be something bigger?",
    "My 3-year-old is terrified of the hairdryer and the vacuum cleaner. Is that a phase, and should I do anything about it?",
    "My 6-year-old still wets the bed a couple of nights a week. When should we stop waiting and ask the doctor?",
    "what's the best time of day to water a vegetable garden",
    "The grout in my shower keeps turning pinkish-orange. What is it, and how do I get rid of it?",
    "Should I paint my small living room a dark colour, or will that make it feel tiny?",
    "My lawn has big straw-coloured patches after a dry summer. Is it dead, or will it come back?",
    "What's the difference between compost and mulch, and do I need both?",
    "We want to knock through the wall between our kitchen and dining room. How do we find out whether it's load-bearing, and who should we ask?",
    "Our kitchen tap drips all night. Can I fix that myself, or is it a plumber job?",
    "My credit card company offered to raise my limit from $3,000 to $8,000. Should I accept if I don't plan to spend any more?",
    "We're moving house in February with a 6-month-old. How do we keep her sleep routine from falling apart?",
    "How often should a chimney be swept if we use the wood stove most evenings in winter?",
    "What's the difference between a fixed-rate and a tracker mortgage?",
    "My banana bread always comes out dense and wet in the middle. What am I doing wrong?",
    "Is a stand mixer worth buying if I bake about once a month?",
    "how do takeaways get their fried rice to taste so different from mine",
    "How long can cooked rice sit out before it's unsafe to eat?",
    "my 9 year old wants to quit football halfway through the season, do i make him finish",
    "I'm cooking for a vegan friend for the first time. What are the sneaky animal products I might not think of?",
    "Why does my homemade pizza dough keep tearing when I stretch it?",
    "is a potato that's started sprouting still ok to eat",
    "Nonstick, stainless steel or cast iron: if I could only own one frying pan, which should it be?",
    "My partner and I both work late. What's a realistic meal-prep routine that doesn't mean eating the same chicken and rice five days in a row?",
    "why does my guacamole go brown so fast, and does leaving the pit in actually help",
    "How do I know when a steak is done without cutting into it?",
    "Our 13-year-old wants a lock on her bedroom door. Is that reasonable at her age?",
    "Our budgie has started plucking out his own feathers. What usually causes that?",
    "Should I book a hotel in the old town or near the main train station for three nights in Prague?",
    "We're away for two weeks in August. Is a boarding kennel or a house sitter better for an anxious 11-year-old dog?",
    "why does my hamster run on her wheel all night and sleep all day",
    "Why do some countries want your passport to be valid for six months after you arrive?",
    "We're doing a road trip through the Scottish Highlands in October. Is that a bad time of year, and what should we plan around?",
    "Is it better to use my phone's roaming plan or buy a local SIM for two weeks in Europe?",
    "I'm 26 and going to Portugal alone for ten days, my first solo trip. How do I meet people without staying in party hostels?",
    "How do travellers avoid getting sick in countries where the tap water isn't safe to drink?",
    "What's the difference between a hostel and a guesthouse?",
    "What's the difference between a heat pump and a gas boiler, and would a heat pump work in an old draughty house?",
    "i always get travel sick on coaches, is there anything that actually works besides those wristbands",
    "I'm flying to Berlin for a gig with my acoustic guitar. Can I take it in the cabin, or should I buy it its own seat?",
    "How many hours of sleep does a 14-year-old really need?",
    "How can I tell if my cat is overweight, and how do I slim her down when she begs all day?",
    "Our 16-year-old just passed her driving test. What rules should we set for the first six months?",
    "I'm taking my grandmother on a Rhine river cruise in May. She uses a walker. What should I ask the cruise line before booking?",
    "Is it safe to let our dog swim in the lake in late summer? Someone at the park mentioned toxic algae.",
    "How long does it take to actually see results from going to the gym three times a week?",
    "Is it bad to work out late at night, right before bed?",
    "How long should a nap be so I don't wake up groggy?",
    "I'm 62 and haven't exercised in years. My doctor says I should start. What's a safe way to begin?",
    "is it better to study with music on or in total silence",
    "How do I take notes in lectures when the professor talks really fast?",
    "my exams start in three weeks and i haven't started revising, how do i make a plan that actually works",
    "What's the difference between active recall and just rereading my notes?",
    "Should I take a gap year before university or go straight in?",
    "I've been learning Spanish with an app for 15 minutes a day, and after six months I still can't follow a conversation. What should I change?",
    "How do I stop my mind going blank in exams even when I know the material?",
    "my toddler only eats beige food. pasta, crackers, bread. should i be worried",
    "Should I buy a refurbished iPhone or a new mid-range Android for about the same price?",
    "what's the difference between an OLED and a regular LED TV, is it worth the extra money",
    "Are expensive running shoes actually better than cheap ones?",
    "Should we rent a car or rely on trains for a week in Switzerland?",
    "Is it smarter to buy a cheap vacuum every few years or one expensive one that lasts?",
    "How can I tell if an online shop is a scam before I order from it?",
    "is it normal for my in-laws to expect us at their place for lunch every single sunday",
    "Why do I wake up with a dry mouth every morning?",
    "My car battery has died twice this winter. Should I replace it, or could something be draining it?",
    "is it bad to keep driving with the fuel light on",
    "Is a hybrid worth it if most of my driving is on the motorway?",
    "What should I do right after a small fender bender where nobody's hurt?",
    "My car pulls slightly to the right when I let go of the wheel. What usually causes that?",
    "We're moving across the country with two kids and a cat. Is it cheaper to hire movers or rent a truck and do it ourselves?",
    "i've been doing the same 5k route for a year and my time hasn't improved at all. what am i doing wrong",
    "how far ahead should i start packing for a move",
    "After a long-distance move, is it better to sell my furniture and buy new, or pay to ship it?",
    "We just bought our first house. Should we change the locks even though the previous owners seemed really nice?",
    "My landlord wants to show the flat to prospective tenants while I'm still living here, and gave me two hours' notice. Is that normal, and can I say no?",
    "My neighbour's tree hangs over my garden and drips sap on my car. Am I allowed to cut the branches back myself?",
    "My landlord still hasn't returned my deposit six weeks after I moved out, and won't answer my emails. What are my options?",
    "the people next door have a dog that barks every time i step into my own garden. how do i bring it up nicely",
    "My heating has been broken for ten days and my landlord keeps saying someone will come 'soon'. What can I do as a tenant?",
    "Our new neighbours park across the end of our driveway a few times a week. Should I leave a note or knock on their door?",
    "Is it normal for a landlord to raise the rent by 15% at renewal, and can I negotiate?",
    "My downstairs neighbour complains that my kids are too loud in the afternoons. They're 3 and 5 and just playing. Who's being unreasonable here?",
    "Do I need renter's insurance if the building already has its own insurance?",
    "There's a small chip in my windscreen from a stone on the motorway. Does it need repairing now, or can it wait?",
    "What's the difference between a full removal company and a man-with-a-van, and which makes sense for a one-bedroom flat?",
]

GENERAL = GENERAL_FACTS + GENERAL_ADVICE

HOWTO = [
    "how do i reset the oil change light on my car, it's a 2017 honda",
    "How do I descale an electric kettle with vinegar or citric acid?",
    "How do I make sauerkraut in a mason jar?",
    "how do i get the cloudy white film off my drinking glasses from the dishwasher",
    "How do I move my Google Authenticator codes to a new phone?",
    "How do I make a pivot table in Google Sheets that totals sales by month?",
    "How do I replace the battery in my car key fob?",
    "How do I true a wobbly bicycle wheel with a spoke wrench?",
    "How do I sharpen a lawn mower blade?",
    "How do I fix a toilet that keeps running after it flushes?",
    "how do i open a jar lid that's stuck really tight",
    "How do I make paneer at home from whole milk?",
    "How do I braise beef short ribs in the oven?",
    "How do I make candied orange peel?",
    "What's the best way to cut a mango without making a huge mess?",
    "How do I cook and eat a whole artichoke?",
    "How do I make gravlax?",
    "How do I do a riffle shuffle with a bridge finish?",
    "How do I solve a Rubik's cube with the beginner's method?",
    "How do I set up a worm bin for composting in an apartment?",
    "How do I prune a hydrangea without cutting off next year's flowers?",
    "How do I divide and replant hostas that have gotten too big?",
    "How do I get a passport for my newborn baby?",
    "How do I file a small claims case against a contractor who never finished the job?",
    "Steps to change my last name on everything after getting married?",
    "How do I freeze my credit with all three credit bureaus?",
    "how do i find out if there's unclaimed money in my name from old bank accounts",
    "How do I cite a YouTube video in APA style?",
    "How do I change the DNS server on a Windows 11 laptop?",
    "how do i take a scrolling screenshot of a long web page on android",
    "how do i do a mail merge from an excel spreadsheet into word for address labels",
    "How do I set up an automatic out-of-office reply in Outlook?",
    "How do I darn a hole in the heel of a wool sock?",
    "How do I make a magic ring to start crocheting in the round?",
    "How do I recover the seat of a dining chair with new fabric?",
    "What's the best way to strip old paint off a wooden dresser?",
    "How do I build a raised garden bed from untreated cedar boards?",
    "how do i check tire tread depth with a coin",
    "How do I parallel park on a steep hill?",
    "how do i hang a hammock between two trees without hurting them",
    "How do I purify water from a stream when I'm backpacking?",
    "How do I crate train a new puppy so he sleeps through the night?",
    "how do i get a pill into my cat without getting scratched to pieces",
    "How do I clean a fish tank without killing off the good bacteria?",
    "How do I remove a tick from my dog safely?",
    "how do i get candle soot off a white painted wall",
    "How do I read a knitting chart?",
    "How do I clean a suede jacket that got caught in the rain?",
    "Steps to take down a large bathroom mirror that's glued to the wall?",
    "How do I set up a Raspberry Pi as an ad blocker for my home network?",
]

CODE = [
    "Given a list of (name, score) tuples in Python, how do I get the names of everyone tied for the top score?",
    "write a python script that goes through a folder of csv files and combines them into one, keeping the header only once",
    "Write a Python function that returns the n most common bigrams (pairs of adjacent words) in a piece of text.",
    "Write a Python function that rotates a square matrix 90 degrees clockwise in place.",
    "Write a Python class for a min-stack that supports push, pop and get_min, all in O(1) time.",
    "Write a Python function that parses a query string like 'a=1&b=two&a=3' into a dict where repeated keys become lists.",
    "I have a list of dicts with 'city' and 'temp' keys. Write Python that gives me the average temperature per city.",
    "Write a Python function that generates all subsets of a list using recursion rather than itertools.",
    "Write a Python script that watches a folder and prints the name of any new file that shows up, checking every 5 seconds. Standard library only please.",
    "Write a Python function that returns True if two strings are exactly one edit apart (one insert, one delete, or one replace).",
    "Write a Python generator that reads a huge binary file in fixed-size chunks so I never load the whole thing into memory.",
    "Write a Python script using argparse that takes an input file and an optional --lines N flag, and prints the last N lines (default 10).",
    "Write a Python function that computes the Levenshtein distance between two strings with dynamic programming.",
    "Using only the standard library, write a Python function that sends a GET request to a URL and returns the parsed JSON, with a 5-second timeout.",
    "Write a Python function that finds the k closest points to the origin from a list of (x, y) pairs, using heapq.",
    "write a python function that masks an email address so 'jonathan@example.com' shows as 'j******n@example.com'",
    "Write a pandas snippet that pivots a table of (date, product, units) into one row per date and one column per product, filling gaps with 0.",
    "In pandas, how do I add a column that shows each row's percent of its group's total? Groups are in a 'region' column, values in 'sales'.",
    "Write a Python function that does a binary search on a sorted list and returns the leftmost position where the target could be inserted.",
    "Write a Python function that does a topological sort on a dict of task dependencies and raises an error if there's a cycle.",
    "Write a simple two-player tic-tac-toe game in Python that runs in the terminal.",
    "write a python thing that makes a random 16 character password with at least one digit and one symbol, using the secrets module",
    "Write a JavaScript function that compares two version strings like '1.10.2' and '1.9.7' and returns -1, 0 or 1.",
    "Write a JavaScript function that retries a failing fetch up to 3 times with exponential backoff.",
    "Write vanilla JavaScript that makes a button toggle dark mode and remembers the choice in localStorage.",
    "Write a JavaScript sleep function that returns a promise resolving after a given number of milliseconds, and show how to use it with await.",
    "Write a Node.js script that reads a JSON file, adds an 'updatedAt' field with the current time to every object in it, and writes it back.",
    "Write a TypeScript function that computes the total area of an array of circles and squares, using a discriminated union on a 'kind' field.",
    "Write a minimal Express server with one GET /health route that returns {\"status\": \"ok\"}.",
    "Write a React component for a counter with + and - buttons that can't go below zero.",
    "Write a JavaScript function that picks a random element from an array, weighted by a 'weight' property on each item.",
    "From employees(id, name, dept_id, salary), write SQL that shows the top earner in every department, keeping ties.",
    "Write a SQL query that finds duplicate email addresses in users(id, email) and how many times each one appears.",
    "write a sql query to get month-over-month growth in signups from users(id, created_at)",
    "Write a SQL query that finds the longest streak of consecutive days each user logged in, from logins(user_id, login_date).",
    "Write a SQL statement that deletes all but the newest row for each duplicated email in a contacts table with an auto-increment id.",
    "How do I write a SQL query that turns rows into columns, like showing Q1, Q2, Q3 and Q4 sales side by side per product? I'm on PostgreSQL.",
    "I need a bash script for a nightly backup: tar.gz a directory with today's date in the filename, then delete any backups older than 14 days.",
    "write a bash one-liner that counts how many lines of python are in a project, skipping the venv folder",
    "Write a bash script that takes a filename as an argument and exits with an error message if the file doesn't exist.",
    "using awk how do i sum the third column of a space separated file",
    "how do i loop over the lines of a file in bash when the lines have spaces in them",
    "Write a C function that reverses a singly linked list and returns the new head.",
    "Write a C program that reads integers from stdin until EOF and prints their average.",
    "Write a C++ function that removes all even numbers from a std::vector<int> using the erase-remove idiom.",
    "Write a C++ class for a 2x2 matrix that overloads the + and * operators.",
    "write a c function that trims leading and trailing spaces from a string in place",
    "Write a Rust function that parses a string like \"3,7,12\" into a Vec<i32> and returns an error if any part isn't a number.",
    "write a go program that prints the lines of a text file containing a word passed as a command-line arg",
    "Write a Go struct for a bank account that uses a mutex so deposits from several goroutines are safe.",
    "Write a Java method that reads a text file and returns its lines sorted by length, shortest first.",
    "Write a Java record for a Book with title, author and year, and show how to sort a list of them by year with a Comparator.",
    "Write a C# async method that downloads a web page with HttpClient and returns how many characters it has.",
    "write a c# extension method that turns a string into title case",
    "Write a regex that checks a password has at least 8 characters, one uppercase letter, one digit and no spaces.",
    "regex to match a uk postcode like SW1A 1AA or M1 1AE",
    "What regex would find a word repeated twice in a row, like 'the the' in a typo?",
    "Give me a regex that grabs just the domain from URLs like https://www.example.co.uk/path?x=1, without the www.",
    "What Excel formula counts how many cells in B2:B200 are between 50 and 100?",
    "In Google Sheets, how do I pull the first name out of a cell like 'Garcia, Maria' into its own column with a formula?",
    "excel formula to show 'late' if the date in C2 is before today and D2 is empty, otherwise leave it blank",
    "How do I use SUMIFS in Excel to total the sales in column D only for rows where column A is 'North' and the date in column B is in March 2024?",
    "What's a Google Sheets formula that returns the unique values from column A sorted alphabetically, ignoring blanks?",
    "Write HTML and CSS for a sticky header that stays at the top of the page when you scroll.",
    "Write CSS for a button that grows slightly and gets a bigger shadow when you hover over it, with a smooth transition.",
    "Write an HTML table of three products with prices, plus CSS that gives it striped rows and highlights a row on hover.",
    "write a pure css loading spinner, no images or js",
    "can you explain what a race condition is, with a real example like two people booking the last concert ticket",
    "What does it mean that JavaScript is single-threaded if it can still run several fetches at once?",
    "Explain the JavaScript event loop like I'm a beginner: the call stack, the task queue and microtasks.",
    "What is memoization, and is it any different from just caching?",
    "What's the deal with pointers to pointers in C? When would you ever need a char **?",
    "Can you explain REST vs GraphQL for someone building their first API? Which should I pick for a small app?",
    "What is dependency injection, explained without any framework jargon?",
    "Explain what a hash table does when two keys land in the same bucket.",
    "what does amortized O(1) mean? people say appending to a python list is amortized constant time",
    "How does a database index make lookups faster, and why don't we just index every column?",
    "i heard recursion is always slower than loops, is that right",
    "What is tail recursion, and does Python optimize it?",
    "Explain immutability and why functional programmers care so much about it.",
    "What does 'idempotent' mean for an HTTP request? Is POST idempotent?",
    "Explain what a deadlock is and the usual ways to avoid one.",
    "Explain stack vs heap memory for someone who has only ever written Python.",
    "Why does this Python function keep remembering items from earlier calls?\n\ndef add_item(item, basket=[]):\n    basket.append(item)\n    return basket\n\nprint(add_item('apple'))\nprint(add_item('pear'))",
    "Why does this always print 'vowel' even for 'z'?\n\nletter = 'z'\nif letter == 'a' or 'e' or 'i':\n    print('vowel')\nelse:\n    print('consonant')",
    "This JavaScript prints 'object' for null. Is that a bug?\n\nconsole.log(typeof null);",
    "Why does `[10, 9, 1].sort()` give me [1, 10, 9] in JavaScript?",
    "I get \"UnboundLocalError: local variable 'count' referenced before assignment\" here:\n\ncount = 0\ndef bump():\n    count += 1\nbump()",
    "My C program prints garbage instead of the name:\n\nchar *get_name() {\n    char name[20] = \"Alice\";\n    return name;\n}\n\nint main() {\n    printf(\"%s\\n\", get_name());\n}",
    "Why is `this` undefined inside the callback here?\n\nclass Timer {\n  constructor() { this.seconds = 0; }\n  start() {\n    setInterval(function() { this.seconds++; }, 1000);\n  }\n}",
    "rust says \"borrow of moved value\" on this, what do i do\n\nlet s = String::from(\"hi\");\nlet t = s;\nprintln!(\"{}\", s);",
    "Docker build fails with \"COPY failed: file not found in build context\". My Dockerfile has COPY ../config /app/config. Why?",
    "Python says \"ModuleNotFoundError: No module named 'requests'\" but I just ran pip install requests. What's going on?",
    "My SQL query returns nothing even though there are rows with no phone number:\n\nSELECT * FROM contacts WHERE phone = NULL;",
    "Why does this Go program sometimes print less than 100?\n\nvar count int\nfor i := 0; i < 100; i++ {\n    go func() { count++ }()\n}\ntime.Sleep(time.Second)\nfmt.Println(count)",
    "This C++ code compiles but crashes at runtime. Why?\n\nstd::vector<int> v;\nv.reserve(5);\nv[0] = 42;\nstd::cout << v.size();",
    "Java: why does this print false?\n\nInteger a = 1000;\nInteger b = 1000;\nSystem.out.println(a == b);",
    "what does this python line do, i found it in someone's code\n\nsquares = {n: n*n for n in range(10) if n % 2}",
    "Explain what this bash line does: for f in *.txt; do mv \"$f\" \"${f%.txt}.md\"; done",
    "I get a CORS error in the browser console: \"No 'Access-Control-Allow-Origin' header is present on the requested resource\". The API works fine in Postman. Why?",
    "Python gives \"TypeError: unhashable type: 'list'\" when I use a list as a dictionary key. Why, and what should I use instead?",
    "Convert this Python to JavaScript:\n\ndef word_lengths(words):\n    return {w: len(w) for w in words if w}",
    "Can you rewrite this callback code using async/await?\n\ngetUser(id, function(err, user) {\n  if (err) return console.error(err);\n  getOrders(user, function(err, orders) {\n    if (err) return console.error(err);\n    console.log(orders);\n  });\n});",
    "Translate this C loop into idiomatic Rust:\n\nint sum = 0;\nfor (int i = 0; i < n; i++) {\n    if (arr[i] > 0) sum += arr[i];\n}",
    "turn this for loop into a list comprehension\n\nresult = []\nfor x in data:\n    if x is not None:\n        result.append(x.strip().lower())",
    "Convert this Java method to Python:\n\npublic static int maxOf(int[] nums) {\n    int best = nums[0];\n    for (int n : nums) {\n        if (n > best) best = n;\n    }\n    return best;\n}",
    "How would I write this SQL as pandas code? SELECT city, COUNT(*) AS n FROM people WHERE age >= 18 GROUP BY city ORDER BY n DESC;",
    "how do i see which commit introduced a particular line in a file with git",
    "I made three commits on main by mistake that should have been on a new feature branch. How do I move them over?",
    "how do i get rid of all the stopped docker containers and unused images at once",
    "What's the difference between CMD and ENTRYPOINT in a Dockerfile?",
    "Write a docker-compose.yml for a Node app and a Postgres database, with the database data kept in a named volume.",
    "what does chmod 755 actually mean, like digit by digit",
    "linux: how do i see the last 50 lines of a log and keep watching new lines as they come in",
    "How do I cherry-pick a single commit from another branch in git?",
    "What's the difference between null and undefined in JavaScript, and does it ever matter in practice?",
    "in python when should i use 'is' instead of '==', they seem to give the same answer sometimes",
    "Can you show the difference between a shallow copy and a deep copy in Python with an example where it actually matters?",
    "What's the difference between TCP and UDP, and why do so many online games use UDP?",
    "What's the difference between a struct and a class in C++?",
]

MATH_FORMS = [
    "A rectangular garden is {b} m by {c2} m, and a path 1 m wide runs all the way around the outside of it. What is the area of the path?",
    "How many different {c}-digit PIN codes are possible, and how many of them have no repeated digits?",
    "In how many different ways can gold, silver and bronze medals be given out in a race with {c2} runners?",
    "{n} spent ${d} on materials for handmade greeting cards and sells each card for ${c}. How many cards does {n} have to sell to break even?",
    "A shop mixes {c} kg of coffee that costs ${b2} per kg with {b} kg of coffee that costs ${c2} per kg. What should the mix cost per kg?",
    "{n} walks at {c} km/h along a moving walkway that moves at {b} km/h. How many seconds does it take to cover {d} meters?",
    "A boat goes {e} km/h in still water and the river flows at {c} km/h. How long does it take to go {b2} km upstream and come back?",
    "A medicine has a half-life of {c} hours. If {n} takes a {d} mg dose, how much is left in the body after {b2} hours?",
    "Which is more pizza: one {b2}-inch pizza or two {b}-inch pizzas?",
    "A cone-shaped paper cup has a radius of {c} cm and a height of {b2} cm. How many milliliters of water does it hold?",
    "A screen is sold as {e} inches, measured along the diagonal, and it has a 16:9 shape. How wide and how tall is the screen?",
    "Solve the inequality {c}x + {b} < {d} and describe the solution.",
    "Expand and simplify (x + {b})(x - {c}).",
    "Solve the system of equations {c}x + y = {e} and x - y = {b}.",
    "A candidate's support in the polls went from {a}% to {e}%. What is the change in percentage points, and what is the percent change?",
    "A spinner has {b2} equal sections numbered 1 to {b2}. What is the probability of landing on a prime number?",
    "A game costs ${c} to play, and you win ${e} with a chance of 1 in {b}. What is the expected value of one play, and is it worth playing?",
    "my car gets {e} miles per gallon, what is that in liters per 100 km",
    "Use the rule of 72 to estimate how long it takes money to double at {c}% interest a year. How close is the estimate to the exact answer?",
    "A bicycle wheel has a diameter of {c}0 cm. How many full turns does it make on a {b} km ride?",
    "One liter of paint covers about {c2} square meters. How many liters are needed to paint the four walls of a room that is {b} m by {c} m with walls 2.5 m high, ignoring the door and windows?",
    "A straight fence is {d} meters long, with a post at each end and the posts no more than {c} meters apart. What is the smallest number of posts needed?",
]

math_prompts = word_problems(MATH_FORMS, MATH_NAMES)

LISTS = [
    "List 7 things to sort out at work before going on maternity leave.",
    "Give me 10 ideas for celebrating a 25th wedding anniversary.",
    "What are the main pros and cons of buying a home with a friend?",
    "top 5 mistakes first-time home buyers make",
    "name some board games that work for a group of 8 adults",
    "make me a packing list for a long weekend at a friend's wedding in Greece",
    "Make a checklist for the day I get the keys to a new house.",
    "List 12 girl names that start with E and aren't too common.",
    "Give me 6 boy names that work in both English and Spanish.",
    "What are the pros and cons of getting a dog when you live in a flat?",
    "Give me 11 questions to ask a new friend to get past small talk.",
    "give me 15 names for a black and white cat",
    "List 9 gift ideas for a grandmother who insists she doesn't want anything.",
    "What are 4 signs a houseplant is getting too much water?",
    "Name 6 birds a beginner can easily spot in a city park in the UK.",
    "List 10 questions to ask when touring a daycare.",
    "Give me 3 ideas for a cheap weekend away from Chicago by car.",
    "What are the main things to look for when viewing a house for sale?",
    "top 10 skills to learn before going to university",
    "list 8 snacks for a long car ride that won't make a mess",
    "List 5 documents to have ready before a mortgage appointment.",
    "List the pros and cons of working four ten-hour days instead of five eight-hour days.",
    "What are 6 things to keep in the car for winter driving?",
    "Give me 9 goody bag ideas for a kids' birthday party that aren't plastic junk.",
    "Make a checklist for getting a house ready for winter before the first frost.",
    "List 6 barbecue side dishes that vegetarians will also enjoy.",
    "Give me 8 names for a five-a-side football team made up of dads over 40.",
    "What are the most common reasons a car won't start?",
    "list 6 dinners that use up half a tin of coconut milk",
    "Name 10 novels a 15-year-old who loved The Hunger Games might enjoy next.",
    "give me 7 ideas for a date night at home",
    "List 5 questions to ask a vet before agreeing to surgery for my dog.",
    "List the steps for cleaning a washing machine that smells musty.",
    "Give me a packing list for a week-long business trip with only a carry-on.",
    "List 11 freezer meals to make before a new baby arrives.",
    "Give me the pros and cons of homeschooling.",
    "top 6 things to do in Kyoto if i only have one day",
    "List 5 warning signs of a rental scam.",
    "Give me 10 slogan ideas for family reunion T-shirts.",
    "List 4 ways to keep a cut Christmas tree fresh longer.",
    "What are the main steps to start composting in a small back garden?",
    "Give me 9 questions to ask my grandparents about their childhood.",
    "name 8 fruit trees that grow well in pots",
    "List 6 ways to make a rental kitchen look better without losing the deposit.",
    "Give me 5 low-impact cardio workouts for someone with bad knees.",
    "list 10 things to do before leaving the house for a two-week holiday",
    "Thinking of taking in a lodger to help with the mortgage. Give me the pros and cons.",
    "Give me 7 names for a small bakery in a seaside town.",
    "List 8 polite phrases in Japanese for a first-time visitor.",
    "Give me 6 retirement gift ideas for a nurse who's worked nights for 30 years.",
    "List 5 signs it's time to replace your running shoes.",
    "List 12 staples to stock in the pantry of a new apartment.",
    "What are the top 5 things to consider when choosing a pediatrician?",
    "Give me 6 ways to help a teenager cope with exam stress.",
    "List 7 things to teach a new puppy in its first month at home.",
    "Give me 10 ideas for a Sunday routine that helps me feel ready for the week.",
    "List 4 pros and 4 cons of open-plan living for a family with young kids.",
    "List the steps for defrosting a chest freezer that's iced up.",
    "give me 8 cheap ideas for a hen do that isn't in a club",
    "name 7 dog breeds that can keep up with someone who runs every day",
]

WRITING = [
    "Write an email to the orthodontist's office asking whether we can split my daughter's $4,800 braces bill into twelve monthly payments.",
    "write a text to my roommate jess asking her to stop leaving dishes in the sink overnight, we've got ants again, but keep it friendly",
    "Let my team know by email that the quarterly sales report is now due on the 22nd, not the 30th, and say sorry for the short notice.",
    "Draft an email to a photographer, Elena Marsh, asking if she's free to shoot a small courthouse wedding on June 7 and what her two-hour package costs.",
    "Write an email to my old college roommate Dev, who I haven't talked to in six years, saying I'll be in Austin next month and asking if he wants to get dinner.",
    "write a message for the class parents' group chat asking if anyone wants to carpool to the aquarium field trip on friday, i have 3 free seats in my minivan",
    "Write an email to a university admissions office asking whether my IB Higher Level Chemistry score can count toward their lab science requirement.",
    "Write a message to my tenants letting them know a plumber is coming Wednesday between 10 am and 2 pm to replace the water heater, and the hot water will be off for about four hours.",
    "Write an email to my daughter's ballet school asking to pause her classes for two months while her broken wrist heals, and whether we can get the fees credited.",
    "Write an email to our homeowners association asking permission to put two raised vegetable beds in my front yard. Mention that I've attached a sketch.",
    "Write an email to the whole office asking for volunteers to help run a Red Cross blood drive in the lobby on November 12.",
    "Write an email to a moving company, Swift Haul, asking for a quote to move a three-bedroom house from Omaha to Kansas City in mid-July, including a piano.",
    "write a text to my ex to sort out who has the kids over thanksgiving weekend, keep it neutral and short, no drama",
    "Write an email to my city councillor asking for a crosswalk at the corner of Ash Street and 9th, where kids cross to get to the skate park.",
    "Write an email to the coworker who's taking over my accounts while I'm on a three-week trip to Vietnam, listing what needs doing each week.",
    "Write a cover letter for a veterinary assistant job at Riverbend Animal Hospital. I just finished my certificate and did my externship at a 24-hour emergency clinic.",
    "Write a cover letter for a wildland firefighter position with the state forestry department. I'm a former high school wrestler and I've worked two summers on a ranch.",
    "I need a cover letter for a hospital chaplain role. I've been a hospice volunteer for eight years and just finished my divinity degree.",
    "Write a cover letter for a sous chef job at a farm-to-table restaurant in Vermont. I've spent four years as a line cook in Boston and I run a small pickling side business.",
    "write a short bio for my twitch channel, i stream cozy farming games and bake bread on camera during breaks",
    "Write a 60-word bio for a community theater program. I'm Tom Reyes, an accountant by day, and this is my third year in a row playing the villain.",
    "Write an author bio for the back cover of my first cozy mystery. I'm a retired postal carrier from Bangor, Maine who lives with two very bossy cats.",
    "Write a bio for a wedding florist named Ingrid Solberg who grew up on a tulip farm in Norway and now runs a studio in Minneapolis.",
    "Write a short story about a night-shift security guard at a natural history museum who starts finding the dinosaur skeleton in slightly different poses each morning.",
    "Write a 150-word story that begins with the sentence: 'The last train of the night stopped at a station that wasn't on the map.'",
    "write a funny story told by a golden retriever who's convinced the mail carrier is his sworn enemy",
    "Write a bedtime story for a 5-year-old about a small cloud who's afraid that raining on people will make them sad.",
    "Write a campfire ghost story that's creepy but fine for a group of 10-year-olds at summer camp.",
    "Write a piece of flash fiction, under 250 words, about two strangers waiting for their clothes at a 24-hour laundromat at 3 am.",
    "Write a short science fiction story about the first baby born on Mars and the doctor who delivers her.",
    "Write a fable, like one of Aesop's, about a squirrel who hides too many acorns and forgets where any of them are.",
    "Write a villanelle about a vegetable garden at the end of October.",
    "Write a free verse poem about my mother's hands, which were always dusted with flour.",
    "write a poem about the first snow of the year from the point of view of a kid staring out the classroom window",
    "Write a funny poem in the style of Dr. Seuss about the chaos of getting three kids out the door on a Monday morning.",
    "Write a short love note to tuck into my husband's lunchbox. We've been married 12 years and he hates anything too mushy.",
    "Write a poem about an old oak tree that was cut down to widen the road in front of my childhood home.",
    "Write a pantoum about the tide going in and out.",
    "Write a best man toast for my friend Raj, who's marrying Claire. We shared a tiny dorm room and he once locked himself out wearing only a towel.",
    "write a 1 minute toast for our team's end-of-year dinner, we finally shipped the app after a really rough year and two missed launch dates",
    "Write a speech for my mom's retirement party. She was an ER nurse for 35 years and worked every Christmas so younger nurses could be home with their kids.",
    "Write a welcome speech for the orientation of new volunteers at the Harbor Street Animal Shelter.",
    "Write a two-minute speech for a school board meeting asking them not to cut the middle school orchestra program.",
    "Write a shop listing for a refurbished 1978 Technics turntable with a new belt and stylus, sold with a six-month warranty.",
    "write the label text for a jar of wildflower honey from our family's hives in the ozarks, keep it short and homey",
    "Write an ad for a used 2015 Honda Civic: 112,000 miles, one owner, new tires last spring, small dent on the rear bumper. Asking $9,500.",
    "Write a rental listing for a one-bedroom log cabin on a lake in the Adirondacks with a wood stove, no Wi-Fi, and a canoe guests can use.",
    "Write a product description for a weighted stuffed sloth toy meant to help anxious kids calm down at bedtime.",
    "instagram caption for a pic of the first loaf of bread coming out of our bakery oven at 5am, something cute",
    "Write a LinkedIn post celebrating the launch of our new mobile banking app and thanking the designers and testers, especially Mei, Oluwaseun and Karl.",
    "write a facebook post inviting everyone on maple court to a potluck cookout in the cul-de-sac on saturday august 9, bring a dish and a chair",
    "Write a post for our hiking club's page saying Sunday's hike up Mount Tam is canceled because of a thunderstorm warning, and that we'll reschedule.",
    "Write a neighborhood app post recommending a handyman named Victor who rebuilt our rotten fence in two days for a fair price.",
    "Make this more formal for an email to my professor: \"hey i missed class today cuz i was sick, what did i miss? is there homework\"",
    "Cut this down to under 30 words: \"We are writing to inform you that due to unforeseen circumstances related to the weather, the outdoor concert that was scheduled to take place this Saturday evening in Riverside Park has been postponed until the following Saturday at the same time.\"",
    "Rewrite this shipping notification so it sounds warmer and more personal: \"Your order has shipped. The tracking number is in your account.\"",
    "Make this sound more confident for my resume: \"I helped out with some social media stuff and kind of ran the company Instagram for a while.\"",
    "turn this into a nicer message for my team: 'stop booking meetings at 4:30 on fridays, nobody wants that'",
    "Explain this in words a 10-year-old would get: \"Inflation is a general increase in prices that reduces the purchasing power of money over time.\"",
    "Make this email shorter without losing anything important: \"Hi Sam, I just wanted to reach out and follow up on the conversation we had last week about possibly moving the launch date. I was wondering if you had any updates, or any more information on whether we're going to push it back or keep it where it is. Let me know when you get a chance. Thanks so much!\"",
    "Rewrite this in British English: \"I parked the truck in the parking lot and grabbed some cookies and diapers from the drugstore on my way back to the apartment.\"",
    "Can you make this apology sound more sincere? \"Sorry if you were upset about what I said.\"",
    "Correct the grammar in this sentence: \"Me and him was walking to the store when we seen the accident, it were real bad.\"",
    "Write a catchy slogan for a campaign to get people in our town to bring reusable bags to the grocery store.",
    "need a tagline for my tutoring business, i teach high school math online mostly to kids who think they hate math",
    "come up with a name and slogan for my food truck, we sell korean-mexican fusion burritos",
    "Write a complaint letter to our apartment management company. The only elevator in our eight-story building has been broken for three weeks, and my neighbor uses a wheelchair.",
    "Write a complaint email to the Seaview Inn. Our non-smoking room smelled strongly of cigarettes, the front desk had no other rooms, and I want a partial refund.",
    "write a complaint to a food delivery app, my order came an hour late and cold and the driver marked it delivered before it even got here",
    "Write a letter to the city transit authority complaining that the 7:40 am Route 12 bus has driven past my stop without stopping four times this month.",
    "Write a thank-you note to my mentor, Dr. Abara, for the recommendation letter that helped me get into nursing school.",
    "Write a thank-you email after my interview for a graphic designer job with Nora at Bluefin Studio. I enjoyed hearing about their rebrand for a local brewery.",
    "write a thank you card for our neighbors who watered the plants and fed our fish for two weeks while we were in portugal",
    "Write a thank-you card to the nurses on the maternity ward at St. Luke's after the birth of our twins, Ruby and June.",
    "Write a thank-you message to the 30 volunteers who cleaned up Miller Creek on Earth Day and pulled out 42 bags of trash.",
    "Write an invitation for my son's dinosaur-themed 6th birthday party at the Hilltop Park pavilion on Saturday, June 14, from 2 to 4 pm.",
    "Write a note to drop in my neighbors' mailboxes apologizing ahead of time for the noise from our kitchen renovation, which runs from March 3 to March 21.",
    "Write a short intro for a food blog post about my grandmother's Sunday meatballs, the ones she made every week for 50 years.",
    "write a birthday message for my best friend who's turning 30 tomorrow and is totally freaking out about it",
    "Write a paragraph for a scholarship essay about how working weekends at my family's laundromat since I was 12 taught me responsibility.",
]

SUMMARY = [
    ("what's this article saying? my mum sent it to me\n\n"
     "ASHBY CROSS — Bus route 27, the only public transport link between Ashby Cross and the hospital in Kellingford, will keep running after all, county councillors confirmed on Wednesday, reversing a decision made in January to withdraw it at the end of March.\n\n"
     "The route, run by Greyline Coaches, carries around 340 passengers a day, many of them older residents travelling to outpatient appointments. The council had said it could no longer afford the £212,000 annual subsidy after Greyline raised its price by nearly a third.\n\n"
     "A petition started by retired nurse Gwen Talbot collected 4,600 signatures in six weeks, and more than 80 people packed a council meeting in February, some holding signs reading \"No bus, no appointment.\"\n\n"
     "Under the revised deal, the route will continue for at least two years, but with changes. Buses will run every 40 minutes instead of every 30, and the last departure from Kellingford will be at 6:45 p.m. rather than 8:15 p.m. Sunday services will stop entirely. The hospital trust has agreed to contribute £45,000 a year, and the council will find the rest by cutting two lesser-used rural routes, the 31 and 33, which together carry fewer than 60 passengers a day.\n\n"
     "Talbot said she was \"relieved but not celebrating,\" pointing out that people who rely on the 31 and 33 would now be left without a service. \"We've saved one village by sinking two others,\" she said.\n\n"
     "Councillor Mark Ellery, who leads on transport, said the authority had \"listened\" and would review every rural route in the autumn. Revised timetables will be published on the council's website by 14 March."),
    ("Pellworth Home Launches \"Second Round\" Furniture Buy-Back Programme\n\n"
     "LEEDS, 4 September — Pellworth Home, the furniture retailer with 38 stores across the UK, today announced Second Round, a programme that lets customers sell back Pellworth furniture they no longer want in exchange for store credit.\n\n"
     "From 1 October, customers can submit photos of eligible items through the Pellworth app or website. Any Pellworth-branded sofa, table, chair, bed frame or storage unit bought within the last ten years qualifies, provided it is in usable condition with no structural damage. Mattresses, separately sold cushions and outdoor furniture are excluded.\n\n"
     "Pellworth will make an offer within five working days, typically between 15% and 40% of the original price depending on age and condition. Customers who accept can either drop the item at one of 12 participating stores or book a collection for a £25 fee, which is waived for items valued over £200. Credit is issued as a gift card valid for two years and cannot be exchanged for cash.\n\n"
     "Returned pieces will be cleaned, repaired where necessary at the company's Wakefield workshop, and resold through a new Second Round section online and in dedicated areas of six flagship stores, at roughly half the price of the new equivalent.\n\n"
     "\"Our customers keep telling us they hate the idea of a good sofa ending up in landfill,\" said chief executive Hannah Crewe. \"This gives our furniture a longer life and gives people a reason to come back to us.\"\n\n"
     "The company aims to resell 20,000 items in the first year and to extend the programme to every store by 2026. Full terms are available at pellworth.co.uk/secondround.\n\n"
     "what are they actually announcing here, and is it a good deal for customers?"),
    ("Pros and cons from this review, short list please\n\n"
     "Korvan KM600 stand mixer — honest review after eight months\n\n"
     "I bake bread twice a week and cakes most weekends, so I was ready to spend real money when my old hand mixer gave up. The KM600 cost me $329, about $120 less than the big-name mixer I was eyeing, and on paper it has a stronger motor (1,000 watts) and a bigger bowl (6.5 quarts).\n\n"
     "The good first. It kneads bread dough like a champ. A double batch of sandwich loaf dough takes about eight minutes and the machine barely warms up. The bowl has two handles, which sounds minor but makes a real difference when it's full. The splash guard actually fits and stays put, and the dough hook, whisk and flat beater all go in the dishwasher. I also like the timer on the front: set it for five minutes and walk away.\n\n"
     "Now the less good. It is loud, loud enough that my partner leaves the kitchen when I'm kneading. At full speed on stiff dough, it walks slightly across the counter unless I keep a hand on it. The flat beater doesn't reach the bottom of the bowl well, so with small batches, like two egg whites or a half recipe of frosting, I have to stop and scrape a lot. And it's heavy, around 24 pounds, so it lives on the counter permanently.\n\n"
     "Attachments are a weak point too. There's no pasta roller or grinder yet, and the company says they're \"coming,\" with no date.\n\n"
     "Would I buy it again? Yes, for bread. If you mostly make small batches of cookies or meringue, get something smaller."),
    ("Hollybank Allotment Society — Committee Meeting\nSunday 9 March, 10:30 am, the hut\nPresent: Des Kearney (chair), Ruth Ng (secretary), Paddy Lowe (treasurer), Anita Varga, Colin Pryce\n\n"
     "1. Water. The council has installed water meters on both standpipes and will bill the society directly from April. Paddy estimates £600–£900 a year, against £250 under the old flat rate. Discussion on whether to raise plot fees or ban hosepipes. Anita argued a hosepipe ban would hit older members who can't carry cans. No decision; Paddy to get last summer's usage figures from the council before the AGM.\n\n"
     "2. Waiting list. Currently 41 names, some waiting over three years. Colin proposed splitting five of the largest neglected plots into half-plots. Des agreed in principle but wants the tenants warned first. Ruth to write to the three tenants whose plots have been uncultivated since last spring, giving them 28 days to clear them.\n\n"
     "3. Theft. Two sheds broken into in February; a strimmer and hand tools taken. Police reference obtained. Quote of £1,150 for a new gate with a combination lock. Members split on cost. To go to a vote at the AGM.\n\n"
     "4. Open day. Set for Saturday 14 June. Anita will contact the primary school about a children's planting corner. Question raised about whether the society's insurance covers visitors; Ruth to check the policy.\n\n"
     "5. AGM. Sunday 6 April, 11 am, in the church hall, as the hut is too small. Agenda to be circulated two weeks before.\n\n"
     "AOB: Colin reported that the compost bays are full of plastic plant pots again. A sign will go up.\n\n"
     "Summarize the discussion and list any open questions."),
    ("got this from our ops director, can you give me the key points of this email\n\n"
     "Subject: Office move — what happens next\n\n"
     "Hi team,\n\n"
     "As many of you have heard, we've signed a lease on new space and the Castlegate office will close at the end of June. I want to set out what we know so far, so you're not relying on rumours from the kitchen.\n\n"
     "The new office is on the third floor of Meridian House on Quay Street, about a ten-minute walk from where we are now and closer to the train station. It's smaller, with 48 desks for our 70 staff, which is deliberate: we've been averaging around 40 people in on any given day since we went hybrid. Desks will be bookable through the Deskly app, and each team will have two \"anchor days\" a week when they're asked to come in together. Your manager will agree these with you by the end of May.\n\n"
     "There is no car park at Meridian House. We'll offer a discount on the Quay Street multi-storey for anyone who drives in, and the cycle-to-work scheme reopens on 1 May with larger bike storage at the new site. If the move causes you a genuine problem with childcare or accessibility, please speak to Amira in HR in confidence.\n\n"
     "Moving weekend is 27–28 June. You'll each get two crates in mid-June, and everything needs to be packed and labelled by Thursday 26 June. We'll work from home on Friday 27.\n\n"
     "I'll run a walk-through of the new space on Wednesday 14 May at 4 pm for anyone who wants to see it. Questions are welcome any time.\n\n"
     "Thanks,\nOwen Hartley\nOperations Director"),
    ("Summarize this ticket so the next agent can pick it up.\n\n"
     "Ticket #88214 — Priority: Medium — Product: Tallybook (cloud accounting)\nCustomer: Josefina Arce, owner, Arce Florals (3 users, Standard plan)\nOpened: Monday 10:12 — Status: Waiting on customer\n\n"
     "Customer message: \"I dropped my phone in the sea on Saturday and the authenticator app was on it. Now I can't log in to Tallybook at all. I have payroll to run on Thursday. Please help, this is urgent.\"\n\n"
     "Agent notes (Liam O., Monday 10:40): Checked account. Customer is the account owner and the only admin. Two-factor was set up with an authenticator app, not SMS. She did not save backup codes when she enabled 2FA in January. Explained that we can't disable 2FA over chat without identity verification. Sent the verification form, which asks for a photo ID and a recent bank statement showing the direct debit to Tallybook.\n\n"
     "Agent notes (Liam O., Monday 15:05): Customer replied that she has the ID but the bank account is in her business partner's name, Marta Arce. Escalated to the Trust team to ask whether a statement in a co-owner's name is acceptable if the business name matches.\n\n"
     "Trust team (Tuesday 09:20): Acceptable if Marta also confirms by email from the address on file for her user account. Marta's user account is active (non-admin).\n\n"
     "Agent notes (Liam O., Tuesday 09:45): Emailed both customers with instructions. Waiting for Marta's confirmation and the documents. Once received, Trust can reset 2FA within 4 working hours. Advised customer to set up backup codes and add Marta as a second admin afterwards. Payroll deadline Thursday noon: flag if documents not in by Wednesday midday."),
    ("what are the main takeaways from this abstract, in plain words\n\n"
     "Effects of a Brief Early-Afternoon Nap on Recall and Attention in Upper Secondary Students: A Randomised Crossover Trial\n\n"
     "Background: Adolescents commonly sleep less than recommended on school nights, and the early-afternoon dip in alertness may reduce learning in lessons scheduled after lunch. Short naps improve memory in adults, but evidence in school settings is limited.\n\n"
     "Methods: We recruited 126 students aged 16–18 from three schools. Over two four-week blocks, each student followed either a nap condition, in which they rested for 20 minutes in a darkened room at 13:15 on school days, or a control condition, in which they read quietly for the same period. Order was randomised. At 14:00, students completed a word-list recall test based on material learned that morning and a ten-minute sustained attention task. Night-time sleep was measured with wrist-worn actigraphs.\n\n"
     "Results: Complete data were available for 109 students. In the nap condition, recall scores were on average 11% higher than in the control condition, and attention lapses fell by 18%. Benefits were largest among students who averaged less than seven hours of sleep per night. Only 62% of nap sessions involved actual sleep according to actigraphy; students who did not fall asleep showed smaller but still measurable improvements. Night-time sleep duration did not differ between conditions.\n\n"
     "Conclusions: A 20-minute post-lunch nap opportunity improved recall and attention without reducing night-time sleep. Findings may not generalise to younger students or to schools without suitable quiet spaces. The short duration of the trial means long-term effects on grades remain unknown."),
    ("[Transcript excerpt from \"Makers of Millbrook,\" a community radio show]\n\n"
     "HOST: My guest today is Bernadette Oyelaran, who started the Millbrook Repair Café three years ago. Bernadette, for anyone who hasn't been, what actually happens there?\n\n"
     "BERNADETTE: On the first Saturday of every month we take over the scout hall and people bring in things that are broken: toasters, lamps, jeans with a split seam, bikes, even a cuckoo clock once. Our volunteers fix them with the owner sitting right there, so they learn how.\n\n"
     "HOST: And it's free?\n\n"
     "BERNADETTE: It's free. We have a donation jar, and that covers the rent and spare parts. Last year we fixed about 640 items, and we reckon that's around two tonnes of stuff that didn't go to landfill.\n\n"
     "HOST: What's the hardest thing to fix?\n\n"
     "BERNADETTE: Honestly, modern electronics. A lot of things are glued shut now, or you can't get the parts. A forty-year-old food mixer, we can usually sort. A two-year-old wireless speaker, often not. That frustrates me, because it isn't that people are careless. Things just aren't built to be repaired.\n\n"
     "HOST: Is there a skill you're short of?\n\n"
     "BERNADETTE: Sewing, oddly enough. Everyone assumes it's electricians we need, but the queue for the sewing table is always the longest. If anyone out there has a sewing machine and a spare Saturday, please come.\n\n"
     "HOST: What's next for the café?\n\n"
     "BERNADETTE: We'd like to open a tool library, so people can borrow a drill or a ladder instead of buying one they'll use twice. We're looking for a small space for that, so if any landlords are listening, call me.\n\n"
     "Summarize the interview — what were her main points?"),
    ("What's the gist of this newsletter? Anything I need to act on?\n\n"
     "Fernhill Primary School — Friday Bulletin, 7 February\n\n"
     "Dear families,\n\n"
     "What a fortnight! Our Year 5 pupils came back from their residential trip to Kingswood tired, muddy and full of stories about the zip wire, and a huge thank you goes to Mr Achebe and the four parent volunteers who gave up their week.\n\n"
     "Reading Week: From 24 February we are celebrating books. On Thursday 27 February children may come to school dressed as a character from a book. Please keep costumes simple; there is no need to buy anything. Each class will also hold a book swap, so children can bring in one or two books in good condition that they have finished with.\n\n"
     "Parents' evenings: These will be held on Tuesday 11 and Wednesday 12 March. The booking system opens on Monday 17 February at 6 pm and slots fill quickly. Appointments are ten minutes long and can be in person or by video call.\n\n"
     "Headlice: We have had several cases in Years 1 and 2. Please check your child's hair this weekend and treat if needed. There is no need to keep children at home.\n\n"
     "Road safety: We have had complaints from neighbours on Larch Avenue about parents parking across driveways at pick-up. Please use the church car park on Bell Lane, which the vicar has kindly made available from 2:45 pm until 3:30 pm.\n\n"
     "Lost property: The box is overflowing again, with more than thirty unnamed jumpers. Anything not collected by half-term, which begins on 14 February, will go to the uniform swap.\n\n"
     "Have a lovely weekend,\nMrs Clare Donnelly, Headteacher"),
    ("The first winter I lived alone, I phoned my aunt Sunita three times in one week to ask how to make her dal. She laughed and told me I was overthinking it, then talked me through it while I stood in a tiny kitchen in Manchester with a pan that was far too small. I've made it nearly every week since, and it's the thing friends ask for when they're ill or heartbroken.\n\n"
     "You'll need one cup of red lentils, rinsed until the water runs mostly clear, three cups of water, half a teaspoon of turmeric and a teaspoon of salt. Bring the lentils, water and turmeric to a boil, skim off the foam, then simmer with the lid half on for about twenty minutes, stirring now and then, until the lentils have collapsed into a thick, soupy mush. Add the salt at the end; my aunt insists that salting early makes them tough, and I've never dared to test it.\n\n"
     "The magic is the tarka. Heat two tablespoons of ghee or oil in a small pan, add a teaspoon of cumin seeds and let them sizzle for about thirty seconds. Add one thinly sliced onion and cook until golden, then two chopped garlic cloves, a chopped green chilli and a chopped tomato. Cook for another three or four minutes until the tomato softens, then pour the whole sizzling pan over the dal. It will hiss dramatically, which is the best part.\n\n"
     "Finish with a squeeze of lemon and a handful of coriander. Serve with rice or warm chapatis. It serves four, or one person for three days.\n\n"
     "just give me the recipe bit, summarized. skip the story"),
    ("What changed in this policy? Quick summary.\n\n"
     "Changes to Household Waste Collections in Brenford — from Monday 2 June\n\n"
     "Brenford District Council is changing the way household waste is collected. These changes apply to all houses and to flats with their own wheelie bins. Flats with shared communal bins are not affected.\n\n"
     "General waste (grey bin): This will be collected every two weeks instead of every week. Your collection day will stay the same. To help, households of six or more people, or with a child in nappies, can apply for a larger 240-litre bin free of charge.\n\n"
     "Food waste (new green caddy): Every household will receive a 23-litre outdoor caddy and a small kitchen caddy in May, along with a roll of liners. Food waste will be collected every week on your usual day. Food waste makes up about a third of what is currently put in grey bins, so removing it should keep grey bins from overflowing.\n\n"
     "Recycling (blue bin): No change. Still collected every two weeks, on the opposite week to general waste.\n\n"
     "Garden waste (brown bin): The annual charge will rise from £45 to £52 from 1 April. This service remains optional.\n\n"
     "Side waste: Extra bags left beside a full grey bin will no longer be collected. Crews will leave a sticker explaining why.\n\n"
     "Why are we doing this? The council has to cut £1.4 million from its waste budget over two years, and sending food waste to landfill is expensive. Councils that have made similar changes have seen recycling rates rise by around 10%.\n\n"
     "Your new collection calendar will arrive with your caddies. Questions can be sent to waste@brenford.gov.uk or answered by phone on 0300 555 0198."),
    ("Can you recap this travel post? Is it worth going?\n\n"
     "Four Days in Tórshavn: Puffins, Fog and the Best Fish Soup of My Life\n\n"
     "I'll be honest: I booked the Faroe Islands because the flights from Copenhagen were cheap in May and I'd seen one too many photos of grass-roofed houses. I came home completely smitten, and also slightly sunburnt, which nobody warned me was possible.\n\n"
     "We based ourselves in Tórshavn, the capital, which is tiny. You can walk the old town, Tinganes, in twenty minutes, and the harbour is lined with cafés. Accommodation is not cheap; our guesthouse was about €140 a night for a small double with a shared bathroom.\n\n"
     "The highlight was Mykines, the island where puffins nest by the thousand. Getting there takes planning. The ferry from Sørvágur only runs a few times a day, is often cancelled if the sea is rough, and you must book a guided hike to reach the puffin cliffs, which cost us €65 each. Our first attempt was called off because of fog. We went back two days later and it was worth every minute.\n\n"
     "We rented a car, which I'd recommend, because buses are infrequent. The undersea tunnels between islands are eerie and wonderful, though two of them have tolls of around €13 each way.\n\n"
     "Food was better than I expected. Don't miss the fish soup at a little harbour café called Barbara's, and try the fermented lamb, ræst, at least once, even if you only manage one bite.\n\n"
     "Downsides: the weather changes every ten minutes, and in four days we had rain, fog, hail and one glorious afternoon of sunshine. Pack waterproofs and be flexible."),
    ("Can you break down these release notes — what's new and what's fixed?\n\n"
     "Pocketplan 3.8 — Release Notes (iOS and Android)\n\n"
     "New\n• Shared lists: You can now share any shopping or to-do list with up to 10 people. Changes sync in real time, and you'll see who ticked off each item. Shared lists are free for everyone; previously this was a Premium feature.\n• Smart reminders: Pocketplan can now remind you about a task when you arrive at or leave a place, such as \"buy stamps\" when you reach the post office. Location reminders need location permission set to \"Always\" and are off by default.\n• Calendar view: Premium users can now see tasks with due dates in a week view alongside events from Google or Apple Calendar.\n\n"
     "Improved\n• The app now opens about 40% faster on older Android phones.\n• Search now finds text inside notes and subtasks, not just task titles.\n• Dark mode colours have been adjusted to improve contrast, following feedback from users with low vision.\n\n"
     "Fixed\n• Repeating tasks set for the last day of the month no longer skip February.\n• Fixed a bug where completed tasks sometimes reappeared after the app was restored from a backup.\n• Widgets on iOS now update when you complete a task from the lock screen.\n• Fixed a crash when attaching photos larger than 20 MB.\n\n"
     "Changed\n• We've removed the old \"Focus timer\" feature, which fewer than 2% of users opened. Existing timer history can be exported from Settings > Data until 30 June.\n• The minimum supported versions are now iOS 16 and Android 10. If your device is older, the app will keep working but won't receive new updates.\n\n"
     "Thanks to everyone who sent feedback through the in-app form."),
    ("summarize this job posting: pay, hours, requirements\n\n"
     "Part-Time Library Assistant — Westbury Community Library\n\n"
     "Westbury Community Library is a busy branch serving a diverse neighbourhood of around 25,000 people. We lend books, run children's story times and homework clubs, and help residents with everything from printing boarding passes to applying for jobs online. We're looking for a friendly, patient Library Assistant to join our team of eight.\n\n"
     "Hours: 18 hours per week, worked as Tuesday and Thursday afternoons (1:00–6:00 pm) and Saturday mornings (9:00 am–5:00 pm, with a one-hour lunch). Occasional extra hours may be available to cover holidays.\n\n"
     "Pay: $19.40 per hour, with pro-rated paid vacation and sick leave. This position is not eligible for health insurance but does include a transit pass.\n\n"
     "What you'll do:\n• Check items in and out, process holds and returns, and shelve books accurately\n• Help visitors use computers, printers and the library catalogue\n• Assist with children's activities, including the Saturday family story hour\n• Handle small cash payments for printing and lost items\n• Keep public areas tidy and report building issues\n\n"
     "What we're looking for:\n• A high school diploma or equivalent\n• Comfortable using computers and explaining simple tasks to others\n• Able to lift boxes of up to 30 pounds and push loaded book carts\n• Good with people, including those who are upset or in a hurry\n• Spanish or Vietnamese would be a real plus, but is not required\n\n"
     "No library experience is needed; we provide full training in your first month.\n\n"
     "To apply, send a résumé and a short note telling us about a time you helped someone solve a problem to jobs@westburylibrary.org by Friday, April 18. Interviews will take place the week of April 28."),
    ("Clause 14: Repairs, Maintenance and Access\n\n"
     "14.1 The Landlord shall keep in repair the structure and exterior of the Property, including drains, gutters and external pipes, and shall keep in repair and proper working order the installations for the supply of water, gas, electricity, sanitation and heating, in accordance with Section 11 of the Landlord and Tenant Act 1985.\n\n"
     "14.2 The Tenant shall take reasonable care of the Property and shall be responsible for the cost of repairing any damage caused by the Tenant, members of the Tenant's household or visitors, other than fair wear and tear. The Tenant shall replace light bulbs, smoke alarm batteries and fuses as required, and shall keep all drains and waste pipes free from blockages caused by the Tenant's use.\n\n"
     "14.3 The Tenant shall report any disrepair or defect to the Landlord or the Landlord's agent in writing as soon as reasonably practicable after it comes to the Tenant's attention. The Tenant may be liable for any additional damage resulting from a failure to report promptly.\n\n"
     "14.4 The Tenant shall take all reasonable steps to prevent condensation, including adequately heating and ventilating the Property and not drying laundry on radiators where an alternative is available.\n\n"
     "14.5 The Landlord or the Landlord's agent may enter the Property to inspect its condition or carry out repairs at reasonable times of day, having given the Tenant not less than 24 hours' notice in writing, except in an emergency, in which case entry may be made immediately.\n\n"
     "14.6 The Tenant shall not make any alterations or additions to the Property, including painting, drilling walls or changing locks, without the Landlord's prior written consent, which shall not be unreasonably withheld.\n\n"
     "What does this clause actually mean for me, in plain English? Short version."),
    ("summarize for a 10 year old\n\n"
     "The Halloway Hoard\nGold, silver and garnet, about AD 600–650\nFound near Halloway, Norfolk, in 2019\n\n"
     "In October 2019, a metal detectorist searching a ploughed field near the village of Halloway found a small gold buckle a few centimetres below the surface. He stopped digging and reported it, exactly as the law asks. Over the next six weeks, archaeologists uncovered 412 more objects from the same spot, making this one of the largest hoards of its kind ever found in England.\n\n"
     "Most of the objects are fittings from weapons: gold and garnet pieces that once decorated sword handles and scabbards, and silver strips from helmets. Many are bent or deliberately broken, as if they had been pulled off the weapons in a hurry. There are no coins, no women's jewellery and no everyday objects, which suggests that the hoard was not someone's family treasure.\n\n"
     "The garnets, the deep red stones set into tiny gold cells, probably came from India or Sri Lanka, thousands of miles away. This shows how far goods travelled in this period, long before cars, planes or even proper roads.\n\n"
     "Why was it buried? Nobody knows for certain. It may have been loot taken from defeated warriors after a battle and hidden by someone who never came back for it. It could also have been an offering to the gods.\n\n"
     "Look closely at the sword pommel in the centre of this case. The gold cells are smaller than a grain of rice, and each garnet was cut and polished by hand. Experts think a single piece like this may have taken a craftsman several months to make."),
    ("Sum up this match report for someone who missed the game.\n\n"
     "Harlow Town 2–3 Kingsmead United\nSaturday, Barrow Lane\n\n"
     "Kingsmead United came from two goals down to win a thrilling derby in front of 1,340 at Barrow Lane on Saturday, keeping alive their hopes of a play-off place.\n\n"
     "Harlow started brightly and took the lead in the 12th minute, when winger Dominic Reyes cut inside from the left and curled a shot into the far corner. It was 2–0 just before the half-hour, as Kingsmead goalkeeper Sam Whitlock spilled a routine cross and Harlow's captain, Jake Ferris, tapped in the rebound. At that point the home fans were already singing about the league table.\n\n"
     "Kingsmead manager Alan Price made two changes at half-time, bringing on striker Kofi Mensah and switching to three at the back. The effect was immediate. Mensah headed in a corner in the 51st minute, then set up Luca Bianchi for the equaliser with a clever back-heel twenty minutes later.\n\n"
     "Harlow thought they had restored their lead in the 80th minute, but Ferris's second goal was ruled out for offside after a long delay, to loud protests from the home bench. Then, in the third minute of stoppage time, Mensah beat two defenders and fired low past the keeper to complete the comeback.\n\n"
     "Harlow boss Terry Doyle was furious after the game. \"We were the better side for an hour, and that offside decision was a joke,\" he said.\n\n"
     "The result lifts Kingsmead to sixth, two points off the play-offs with four games left. Harlow drop to tenth and travel to league leaders Stanford Rovers next weekend."),
    ("boil this down to 3 bullets\n\n"
     "Why Your Ears Pop on a Plane\n\n"
     "If you've ever flown, you've probably felt it: a growing pressure in your ears as the plane descends, sometimes with muffled hearing or even pain, until suddenly something clicks and everything sounds normal again. Here's what's going on.\n\n"
     "Your middle ear is a small air-filled space behind your eardrum. The eardrum is a thin membrane that vibrates when sound hits it, and it works best when the air pressure on both sides is the same. The middle ear is connected to the back of your throat by a narrow passage called the Eustachian tube, which stays closed most of the time but opens briefly when you swallow or yawn.\n\n"
     "A plane's cabin is pressurised, but not to sea-level pressure. At cruising height, it's roughly what you'd feel at the top of a 2,000-metre mountain. When the plane climbs, cabin pressure drops and air in your middle ear expands and escapes easily through the tube. When the plane comes down, cabin pressure rises, and the air outside pushes the eardrum inwards. The tube has to open to let air back in, and that's harder, which is why descents usually hurt more than take-offs.\n\n"
     "The \"pop\" is the Eustachian tube opening and the pressure evening out. You can help it along by swallowing, chewing gum, yawning, or gently blowing with your nose pinched and mouth closed.\n\n"
     "Colds and allergies make things worse, because swelling can block the tube. Babies often cry on landing for the same reason, and feeding them during descent can help. If the pain lasts days after a flight, see a doctor."),
    ("To the Customer Relations team at Swiftmove Removals,\n\n"
     "I am writing to complain about the removal you carried out for me on Friday 21 March, from 8 Alder Road to 42 Kestrel Way, booking reference SM-20417.\n\n"
     "I was told in writing that a team of three would arrive at 8 am with a 7.5-tonne lorry. Two men arrived at 10:40 with a smaller van, and said the third had called in sick. Because the van was too small, they had to make two trips, and the move was not finished until after 9 pm. My children, who are five and seven, had nowhere to sleep properly until nearly midnight.\n\n"
     "During the move, my oak dining table was scratched deeply along one side, and a box clearly marked \"FRAGILE — GLASS\" was dropped on the driveway. Six wine glasses and a glass vase that belonged to my late mother were broken. I have photographs of the damage and of the box markings, which I have attached.\n\n"
     "When I phoned your office on Monday, I was told that because the team worked extra hours, I would be charged an additional £280 on top of the agreed price of £1,150. I do not think I should pay for extra time caused by your own staffing problems and the wrong vehicle.\n\n"
     "I would like you to cancel the £280 extra charge, pay for the table to be professionally repaired (I have a quote for £190), and compensate me for the broken items.\n\n"
     "I would appreciate a written response within 14 days. If I do not hear from you, I will take this further with the British Association of Removers.\n\n"
     "Yours faithfully,\nElaine Gatwick\n\n"
     "Summarize the complaint and what the customer wants."),
    ("what is this person asking, in a sentence or two\n\n"
     "Title: Neighbour's tree roots cracking our patio — whose problem is it?\n\n"
     "Hi all, hoping someone here has been through this before because I'm going round in circles.\n\n"
     "We bought our house (semi-detached, south-east England) about two years ago. At the bottom of the neighbours' garden, right next to our fence, there's a huge sycamore. I'd guess it's 15 metres tall. Last summer we noticed the patio slabs nearest the fence starting to lift, and now there's a crack running across three of them and one has tipped up enough that my dad tripped on it at Christmas.\n\n"
     "We had a landscaper look at it and he lifted one slab. There are roots as thick as my wrist right underneath, definitely coming from the sycamore. He reckons relaying the patio properly would be about £2,500, but there's no point unless the roots are dealt with, or it'll just happen again.\n\n"
     "The neighbours are an older couple and they're lovely, but when I mentioned it they got quite upset. They said the tree was there long before our patio and they don't want it cut down because birds nest in it. I totally get that and I don't want to fall out with them.\n\n"
     "So my questions:\n1. Am I allowed to cut the roots on my side myself, or do I need their permission?\n2. Could that kill the tree or make it unstable, and would I then be liable?\n3. Is their home insurance supposed to cover the patio?\n4. Does it matter if the tree has a preservation order, and how would I find out?\n\n"
     "Any advice appreciated, especially from anyone who's dealt with this without ending up in a feud."),
    ("PELHAM BRIDGE — The Regent Picture House, which closed in 2017 after ninety years as the town's only cinema, will reopen in October as a community-owned venue, after more than 1,900 residents bought shares in a campaign to save it.\n\n"
     "The art deco building on Market Street had been empty for seven years and was due to be sold to a developer who planned to convert it into flats. A group of local volunteers, led by former projectionist Trevor Mbatha, launched a community share offer last spring with a target of £450,000. It closed in February having raised £612,000, with shares starting at £50 each. A further £380,000 came from a national heritage grant.\n\n"
     "Restoration work has included repairing the roof, rewiring the building and restoring the original plasterwork in the main auditorium, which will reopen with 240 seats instead of the original 600, to allow for wider rows and wheelchair spaces. A second, 60-seat screen has been built in the former upstairs tearoom.\n\n"
     "The cinema will show a mix of new releases, classic films and live broadcasts of theatre and opera. Mondays will be set aside for relaxed screenings for parents with babies and for people with dementia, and a café bar will open onto the street.\n\n"
     "\"People said a small town couldn't support a cinema any more,\" said Mbatha. \"Turns out they just needed to own it.\"\n\n"
     "The Regent will be run by two paid staff and around 80 volunteers. Shareholders will not receive dividends but each get one vote on how the venue is run. The opening weekend programme will be announced in August.\n\n"
     "Condense this into two sentences."),
    ("Headline + 3 bullets for this please\n\n"
     "Crumb & Co. Announces Changes to Its Bakery Network\n\n"
     "BRISTOL, 12 May — Crumb & Co., the independent bakery chain founded in Bristol in 2009, today announced that it will close two of its eleven shops and open a new central bakery, in a move it says will protect jobs across the business and let it sell more of its bread wholesale.\n\n"
     "The shops on Gloucester Road and in Clifton Village will close on Saturday 31 May. Both have lost money for the past three years, largely because of rising rents and fewer office workers buying lunch during the week. All fourteen staff at the two shops have been offered roles at other Crumb & Co. locations or at the new bakery, and the company says no redundancies are expected.\n\n"
     "The new 1,200 square metre production bakery, in Avonmouth, will open in July. At present, each shop bakes its own bread overnight in small ovens, which the company says is inefficient and makes it hard to keep quality consistent. From July, the core range of loaves will be baked centrally and delivered by 6 am each morning, while pastries will still be finished and baked in the shops.\n\n"
     "The central bakery will also allow Crumb & Co. to supply restaurants, cafés and two regional supermarkets, with wholesale sales expected to make up a quarter of revenue by next year. The company will create 22 new jobs there, including night bakers, drivers and a quality manager.\n\n"
     "\"Closing shops is never easy, and we know how much the Gloucester Road team is loved,\" said co-founder Priya Matthews. \"But this change means we can keep baking the way we believe in for another fifteen years.\""),
    ("I've been commuting on the Voltera City 2 e-bike for four months now, 11 miles each way, three or four days a week, so I think I've given it a fair test.\n\n"
     "It cost me $1,899, which puts it firmly in the mid-range. For that you get a rear hub motor, a 500 Wh battery that slots into the down tube, hydraulic disc brakes, built-in lights, fenders and a rear rack. Assembly was simple: attach the handlebar and pedals and you're done in twenty minutes.\n\n"
     "The ride is smooth and the motor is quiet. On the middle assist level, I arrive at work without being sweaty, which was the whole point. There's one steep hill on my route and level 3 of 5 gets me up it easily. Range has been about 40 miles on mixed settings in warm weather, dropping to about 30 once it got cold. The brakes are excellent, especially in the rain.\n\n"
     "My complaints: it's heavy at 58 pounds, and I live in a second-floor walk-up, so carrying it upstairs every night is a workout. The display is hard to read in bright sunlight. The kickstand is flimsy and the bike has fallen over twice when parked on a slight slope. Also, the motor cuts out at 20 mph, so on flat stretches I'm often pedalling unassisted and it feels sluggish.\n\n"
     "Customer service was good: when a spoke snapped in month two, they shipped a replacement wheel for free within a week.\n\n"
     "Overall, it has genuinely replaced my car for commuting and saved me about $90 a month in gas and parking, so I'm happy. If you have to carry it up stairs, though, look at something lighter.\n\n"
     "Is it worth the money? give me a 2 line summary"),
    ("Key facts only, as a bulleted list.\n\n"
     "Sprint 42 Retrospective — Checkout Team\nDate: Friday 16 August\nFacilitator: Hana Kobayashi\nAttendees: Ben, Carlos, Deepa, Erin, Hana, Tomasz\n\n"
     "What went well\n- The new payment provider integration shipped on schedule on Tuesday. Failed payments dropped from 3.1% to 1.8% in the first three days.\n- Pairing between Deepa and Tomasz on the address form rewrite worked well; both want to keep doing it for complex tickets.\n\n"
     "What didn't go well\n- We committed to 34 points and finished 23. Two tickets were much bigger than estimated: the gift card refactor (estimated 5, closer to 13) and the VAT display bug.\n- Staging was broken for a day and a half on Wednesday and Thursday after a database migration from the Search team. Nobody on our team knew who to ask.\n- Code reviews sat waiting for more than a day on several occasions. Carlos had four PRs open at one point.\n- Too many meetings: Ben counted eleven hours of meetings for each engineer this sprint.\n\n"
     "Actions\n1. Hana to ask the platform lead for a named contact when staging goes down, and a channel for migration announcements. Due: Wednesday.\n2. Try a rule that code reviews are picked up within four working hours; Erin to set up a Slack reminder for PRs older than that.\n3. Break any ticket estimated over 8 points into smaller tickets before it enters a sprint.\n4. Cancel the Thursday sync for the next two sprints as a trial and see if anyone misses it.\n5. Carlos and Deepa to write up the gift card refactor.\n\n"
     "Mood check average: 3.4 out of 5 (last sprint 3.9)."),
    ("Subject: The fence between our gardens\n\n"
     "Hi Graham and Lucy,\n\n"
     "I hope you're both keeping well and that the new kitchen is finished! I'm sorry to bring up something a bit dull, but after last week's storm I think we need to talk about the fence between our back gardens.\n\n"
     "As you've probably seen, three of the panels near the shed have come down, and two of the concrete posts are leaning badly. I had a fencing company, Weald Fencing, look at it on Monday. They say the whole run is about twenty years old and the posts are cracking at the base, so patching it would only last a year or two. They've quoted £1,860 to replace all eight panels and nine posts with the same style, including taking away the old fence.\n\n"
     "According to the plans in my deeds, the fence on that side is a shared boundary, so I'd suggest we split the cost equally, £930 each. I've attached the quote and a photo of the deeds. I also asked a second firm, Greenline, who came in at £2,150, so I think Weald is fair, but I'm very happy to get a third quote if you'd prefer.\n\n"
     "Weald can do the work on 14 or 15 April. They'd need access from both gardens for part of the day, so someone would need to be home or leave the side gate open. In the meantime, I've put some temporary netting up so that Biscuit can't get into your vegetable beds, but it won't hold for long.\n\n"
     "Could you let me know what you think by the end of next week? Happy to chat over a cup of tea if that's easier.\n\n"
     "Best wishes,\nMargaret (number 17)\n\n"
     "tl;dr?"),
    ("in a nutshell, what's wrong and what have they tried?\n\n"
     "Support request #20931 — Hostwell Web Hosting\nPlan: Business Starter — Domain: harrowfieldphysio.co.uk\nSubmitted by: Daniel Kowalski\n\n"
     "Hi,\n\n"
     "Our website has been down since yesterday afternoon and we're losing bookings, so I'd really appreciate a quick response.\n\n"
     "Background: we're a small physiotherapy clinic and our site lets patients book appointments online. Until this week the domain was registered with a different company, NameBox, and the site was hosted with you. On Tuesday, I moved the domain registration over to Hostwell as well, because your support team said it would make renewals simpler. The transfer email said it was completed on Wednesday at 2:15 pm.\n\n"
     "Since about 3 pm Wednesday, visiting our site shows \"This site can't be reached.\" Our email addresses on the domain have also stopped receiving messages. I know this because a patient rang to say her email to us had bounced back.\n\n"
     "What I've tried:\n- Cleared my browser cache and tried on my phone using mobile data. Same error.\n- Waited overnight in case it was a \"propagation\" thing, as a friend suggested.\n- Logged into the Hostwell control panel. The hosting account shows as active and the files are all there. Under \"DNS,\" the nameservers listed are still ns1.namebox.net and ns2.namebox.net, which I think might be wrong, but I didn't want to change anything and make it worse.\n- Tried your live chat at 9 pm, but it said it was closed.\n\n"
     "Can you please tell me what's gone wrong and either fix it or tell me exactly what to change? If there's a way to get email working first, that's the priority, as patients contact us that way.\n\n"
     "Thanks,\nDaniel"),
    ("Summarize this for a non-scientist.\n\n"
     "Who Lives in Your Sourdough? Microbial Diversity of Home-Maintained Starters Across Four Continents\n\n"
     "Sourdough starters are mixtures of flour and water colonised by wild yeasts and lactic acid bacteria, which together make bread rise and give it its sour flavour. Bakers often believe that a starter's character comes from the local environment, such as the air of a particular city. We tested this idea by analysing 412 starters contributed by home bakers in 18 countries across North America, Europe, Asia and Oceania.\n\n"
     "Participants completed a questionnaire about their baking habits, flour type, feeding schedule and kitchen conditions, and posted samples to our laboratory. We identified the microbes in each sample using DNA sequencing, and measured how quickly each starter rose and which aroma compounds it produced.\n\n"
     "We found over 70 species of yeast and more than 100 species of bacteria, but most starters were dominated by a small number of common species. Geographic location explained very little of the variation between starters. Instead, differences were most closely linked to the type of flour used, the age of the starter and, unexpectedly, the baker's own hands: samples taken from participants' hands contained many of the same bacteria found in their starters. Starters that had been kept for more than five years tended to rise more slowly but produced a wider range of aroma compounds.\n\n"
     "Our results suggest that the popular idea that a starter tastes of its city is largely a myth. What a baker feeds a starter, and the baker themselves, appear to matter more than where they live. Further work is needed to understand how quickly a starter's microbes change after it is moved to a new kitchen."),
    ("Give me a one-paragraph summary I can paste into Slack.\n\n"
     "User interview #7 — Shiftly (staff scheduling app)\nParticipant: Rosa, owner of a café with 9 part-time staff\nInterviewer: Kai (product team)\nLength: 32 minutes, video call\n\n"
     "KAI: Can you walk me through how you made this week's rota?\n\n"
     "ROSA: Sure. Sunday night, laptop on the sofa. I open last week's rota in Shiftly, duplicate it, and then fix everything that's different. This week two of the students had exams, so I had to move them around.\n\n"
     "KAI: How long does that take?\n\n"
     "ROSA: Normally an hour. This week nearly two, because of the exams.\n\n"
     "KAI: What took the most time?\n\n"
     "ROSA: Honestly, the availability. People text me when they can't work, or tell me at the till, and I write it on a sticky note. Then on Sunday I'm looking at six sticky notes and the app. I know there's an availability feature in Shiftly, but the staff don't use it. Half of them never downloaded the app.\n\n"
     "KAI: Why do you think they didn't download it?\n\n"
     "ROSA: They're nineteen and they have forty apps already. They just want a text saying when they're working.\n\n"
     "KAI: Is there anything you like about Shiftly?\n\n"
     "ROSA: Swapping shifts. When someone swaps, I get a notification and I approve it, and I don't have to be in the middle. That's been brilliant. Also the wage costs at the bottom, so I know if I'm over budget.\n\n"
     "KAI: If you could change one thing?\n\n"
     "ROSA: Let staff reply to a text to say when they're unavailable, and have it go straight into the app. Then I'd stop with the sticky notes. I'd pay more for that, honestly."),
    ("Dear Parents and Carers,\n\n"
     "Year 8 Geography Field Trip — Cuckmere Haven and Seaford Head\n\n"
     "As part of our coasts unit, all Year 8 students will take part in a one-day field trip on either Tuesday 6 May (classes 8A, 8B and 8C) or Wednesday 7 May (classes 8D, 8E and 8F). Students will measure beach profiles, study coastal erosion at the cliffs and collect data for their end-of-unit project, which makes up part of their summer assessment.\n\n"
     "Coaches will leave the school's main car park at 8:15 am sharp and return at about 4:30 pm. Students should arrive at school by 8:00 am and report to their form room for registration. If the coach is delayed on the way back, we will post updates on the school app.\n\n"
     "The cost of the trip is £18, which covers transport and equipment. Please pay through ParentPay by Friday 25 April. If cost is a difficulty, please contact Mrs Lindqvist in the finance office in confidence; no student will miss out for financial reasons.\n\n"
     "Students should bring a packed lunch and at least one litre of water, as there are no shops on the route. They will be walking around five miles over uneven ground, so sturdy shoes or walking boots are essential, not trainers with smooth soles. A waterproof coat is required whatever the forecast. School uniform is not needed on the day.\n\n"
     "Please also complete the online consent and medical form by Friday 25 April, including details of any allergies or medication such as inhalers, which students must carry with them.\n\n"
     "Mobile phones may be brought but must stay in bags during the cliff-top sections.\n\n"
     "Yours sincerely,\nMr G. Fairbanks\nHead of Geography\n\n"
     "summarize pls, I just need dates and anything I have to bring"),
    ("What's the short version of this recipe?\n\n"
     "My dad has had the same allotment plot for thirty-one years, and every September he turns up on my doorstep with a carrier bag of Bramley apples and the words \"crumble, then.\" So this is what happens to them, and it's the only pudding my kids ask for by name.\n\n"
     "The important thing about a good crumble, according to Dad, is that the fruit should be sharp and the topping should be properly crunchy, not a pale, sandy layer. That means not too much sugar in the apples and cold butter in the topping.\n\n"
     "Heat the oven to 190°C (170°C fan). Peel, core and slice about 1 kg of cooking apples into chunks roughly the size of a walnut. Put them in a baking dish about 20 by 30 cm, sprinkle over 50 g of light brown sugar and a teaspoon of cinnamon, and toss. If your apples are very tart, add another spoonful of sugar, but taste first. A handful of blackberries is a lovely addition if you have them.\n\n"
     "For the topping, rub 100 g of cold, cubed butter into 175 g of plain flour with your fingertips until it looks like rough breadcrumbs. Stir in 75 g of demerara sugar and 50 g of porridge oats. The oats are my addition and Dad still complains about them, but they make it crunchier. Squeeze a few handfuls of the mixture together so there are some bigger clumps, then scatter it evenly over the fruit. Don't press it down.\n\n"
     "Bake for 40 to 45 minutes, until the top is deep golden and the fruit is bubbling up at the edges. Leave it for ten minutes, then serve with custard. Dad says cream is wrong, but he's outvoted."),
    ("Update to the Annual Leave Policy — effective 1 January\n\n"
     "To all staff,\n\n"
     "Following the review agreed with staff representatives last spring, we are making four changes to the annual leave policy. The full policy is on the intranet under HR > Policies; the key changes are below.\n\n"
     "1. Carry-over. At present, up to five days of unused leave can be carried into the next year. From 1 January, you may carry over a maximum of three days, and these must be used by 31 March or they will be lost. This is to encourage people to take proper breaks during the year. Any days already carried over into this year are not affected.\n\n"
     "2. Buying extra leave. Full-time and part-time employees will be able to buy up to five extra days of leave a year through salary sacrifice. Requests must be made during the November window. For part-time staff, this is pro-rated, so someone working three days a week can buy up to three extra days.\n\n"
     "3. Long-service leave. Employees with five or more years of continuous service will receive two additional days of leave each year, rising to four after ten years. This applies to part-time staff on a pro-rata basis. Previously, long-service leave applied only to full-time staff, which we recognise was unfair.\n\n"
     "4. Booking notice. Requests for more than five consecutive days must now be made at least four weeks in advance, instead of two, to help with cover planning. Managers can still approve shorter notice in exceptional circumstances.\n\n"
     "If you have questions, please speak to your line manager or email hr@corbelgroup.com. Drop-in sessions will be held on 4 and 11 December.\n\n"
     "Jenna Whitcombe, Head of People\n\n"
     "summarize pls, mainly want to know if it affects me — I'm a part-time employee"),
    ("The Night Train That Wasn't: Vienna to Venice, Sort Of\n\n"
     "I'd been dreaming about this trip for months: board the sleeper in Vienna at 9 pm, drink a glass of wine in the lounge car, fall asleep to the sound of the rails, and wake up gliding across the lagoon into Venice. I'd booked a two-berth compartment for about €160, which felt like a treat.\n\n"
     "What actually happened was this. At 7 pm I got an email saying that, due to engineering work in the Alps, the train would terminate at Villach, in southern Austria, at around 2:30 am, and passengers would continue by bus. There was no lounge car; it had been swapped for an older carriage. My compartment was fine, small but clean, with a sink and a tiny bottle of sparkling wine, but I was woken at 2:15 by the attendant knocking on doors.\n\n"
     "Picture sixty sleepy people, many in pyjamas, standing in a car park in the drizzle waiting for three coaches. The bus driver, to his credit, was cheerful and handed out bottles of water. I slept for about an hour with my head against the window, and we reached Venice Mestre, not the island station, just before 7 am. From there it was another train across the causeway.\n\n"
     "And yet. Watching dawn break over the flat, silver lagoon from that little local train, bleary-eyed and clutching a terrible station coffee, was one of the loveliest moments of the whole trip. I got half my money back, too, after filling in the compensation form.\n\n"
     "Would I do it again? Yes, but I'd check the engineering schedule first.\n\n"
     "What's the story here, briefly?"),
    ("Explain these updates like I'm not a techie. short\n\n"
     "What's new in Harbourline Bank app version 7.2\n\n"
     "Faster log-in\nYou can now log in with your face or fingerprint on all supported phones, including older Android models that previously only allowed a passcode. If you haven't turned this on yet, you'll see a prompt the first time you open the app after updating.\n\n"
     "Freeze and unfreeze your card\nMisplaced your card? Tap Cards, then Freeze, and no one will be able to use it for shopping or cash withdrawals. Direct debits and standing orders will still be paid. If you find it down the back of the sofa, tap Unfreeze and it works again straight away. Previously you had to call us to cancel the card completely.\n\n"
     "Spending categories\nYour payments are now sorted automatically into categories such as groceries, transport, eating out and bills, with a monthly chart. You can change the category of any payment by tapping on it, and the app will remember your choice next time.\n\n"
     "Safer payments to new people\nWhen you pay someone for the first time, we'll now check whether the name you enter matches the name on their account. If it doesn't, we'll warn you before the money leaves. This helps protect you from scams where criminals pretend to be someone you know.\n\n"
     "Bug fixes\n• Fixed an issue where some customers saw their balance as £0.00 for a few seconds after opening the app.\n• Statements downloaded as PDFs now show the correct dates.\n\n"
     "To get this update, visit the App Store or Google Play. Version 7.2 needs iOS 15 or Android 9 or later. Older versions of the app will stop working on 31 October."),
    ("Make this a tweet-length summary.\n\n"
     "Summer Camp Counselor — Camp Wildwood, Lake Tamarack, Minnesota\n\n"
     "Camp Wildwood is a traditional overnight summer camp for kids aged 8 to 15, set on 200 acres of forest and lakeshore in northern Minnesota. Since 1962, we've been helping kids build confidence, make friends and spend a few weeks without screens. We're hiring about 40 cabin counselors for the coming summer.\n\n"
     "Dates: Staff training runs June 8–16, and camp sessions run from June 17 to August 9. Counselors are expected to stay for the full season.\n\n"
     "Pay and perks: $3,400 for the season, plus free room and board, a camp T-shirt and hoodie, and a $300 bonus for returning staff. Counselors get one full day off each week and two evenings off. Travel from Minneapolis–St. Paul airport is arranged by the camp.\n\n"
     "What you'll do:\n• Live in a cabin with 8 to 10 campers and one co-counselor, and be responsible for their safety and well-being day and night\n• Lead daily activities in at least one area: swimming, canoeing, archery, arts and crafts, climbing, or nature study\n• Help run campfires, theme days and the end-of-session talent show\n• Write short weekly notes to parents about each camper in your cabin\n\n"
     "Requirements:\n• Be at least 18 by June 8\n• Current CPR and First Aid certification, or willingness to get certified during training (we pay for it)\n• Lifeguard certification is a big plus, and lifeguards receive an extra $400\n• Pass a background check\n• Real enthusiasm for working with kids, including homesick ones at 2 a.m.\n\n"
     "Apply online at campwildwoodmn.org/jobs. We interview on a rolling basis until all positions are filled, so apply early."),
    ("Could you give me a quick overview of what this says? mainly, am I allowed to have a cat?\n\n"
     "Section 9 — Pets, Guests and Use of the Premises\n\n"
     "9.1 No animal, bird, reptile or other pet shall be kept at the Premises, whether permanently or temporarily, without the prior written consent of the Landlord. Fish kept in a single aquarium not exceeding 40 litres are exempt from this clause.\n\n"
     "9.2 Where the Tenant makes a written request to keep a pet, the Landlord shall respond in writing within 28 days and shall not unreasonably refuse consent. The Landlord may consider the size of the Premises, the type and number of animals, and the terms of any head lease or building rules.\n\n"
     "9.3 Where consent is granted, the Landlord may require the Tenant to (a) obtain and maintain insurance covering damage caused by the pet, and provide evidence of such insurance on request, and (b) arrange professional cleaning of carpets and soft furnishings, including treatment for fleas, at the end of the Tenancy.\n\n"
     "9.4 Consent given under clause 9.2 applies only to the animal or animals named in the consent. Any replacement or additional animal shall require a new request.\n\n"
     "9.5 The Tenant shall not permit any person other than those named in the Tenancy Agreement to reside at the Premises for more than 14 consecutive nights, or more than 30 nights in any twelve-month period, without the Landlord's written consent.\n\n"
     "9.6 The Tenant shall use the Premises as a private residence only, save that the Tenant may work from home provided that no clients visit the Premises.\n\n"
     "9.7 The Tenant shall not cause a nuisance to neighbours, including playing loud music between 11 pm and 7 am."),
    ("Agnes Forsyth (1871–1948)\nThe Herring Lassies, 1904\nOil on canvas\nGift of the Forsyth family, 1961\n\n"
     "Every summer in the late 1800s and early 1900s, thousands of young women from the Scottish Highlands and islands followed the herring fleet down the east coast of Britain, from Shetland to Great Yarmouth. Working in teams of three, two gutting and one packing, they cleaned and salted fish in open yards for up to fifteen hours a day, their fingers wrapped in cloth strips to protect against the knives and the salt.\n\n"
     "Agnes Forsyth grew up in the fishing town of Peterhead and painted these women many times, but this is her largest and most admired work. Unlike many male painters of the period, who showed fisher girls as picturesque figures gazing out to sea, Forsyth shows them working. Notice the blur of the central woman's hands, the blood on the aprons and the gulls waiting for scraps. The women are talking and one is laughing, which critics at the time found \"unladylike.\"\n\n"
     "The painting was rejected by the Royal Scottish Academy in 1904 and was not exhibited publicly until 1923. Forsyth never married and supported herself by teaching drawing at a girls' school in Aberdeen. After her death, many of her paintings were stored in a relative's attic, and her reputation has grown only in the last thirty years.\n\n"
     "The gutting trade declined sharply after the First World War, as herring stocks fell and export markets in Russia and Germany disappeared. By the 1950s, the herring lassies had almost vanished, and paintings like this are among the few records of their lives.\n\n"
     "Write a 50-word summary of this."),
    ("Oakhurst CC 187 for 9 (40 overs) beat Little Fenton CC 183 all out (39.2 overs) by one wicket\n\n"
     "The top-of-the-table clash at Fenton Green on Saturday lived up to its billing, with Oakhurst sneaking home off the penultimate ball in one of the closest finishes the Mid-Sussex League has seen in years.\n\n"
     "Little Fenton chose to bat on a slow, dry pitch and were soon in trouble at 41 for 4, as Oakhurst's opening bowler Ravi Desai took three wickets in his first six overs. Veteran captain Martin Hale steadied the innings with a patient 72, sharing a partnership of 89 with wicketkeeper Ollie Brennan (38). Once Hale was caught on the boundary in the 34th over, the tail collapsed, and Fenton were bowled out for 183 with four balls of their allotted overs unused. Desai finished with 5 for 31.\n\n"
     "Oakhurst's reply started confidently, with openers Sam Patel and Chris Morley putting on 64, but spinner Jamie Okafor turned the game with four wickets in twelve balls. At 142 for 8, with five overs left, Fenton were favourites.\n\n"
     "Then came an unlikely hero. Number ten batter Harry Lowe, 16, playing only his third senior match, hit two sixes off Okafor and added 38 for the ninth wicket with Desai. When Desai was run out going for a second run, Oakhurst needed four off the final six balls with one wicket left. Lowe blocked the first, then drove the second through the covers for four.\n\n"
     "The win takes Oakhurst eight points clear at the top with three games remaining. Fenton host Bramley next Saturday.\n\n"
     "summary in 3 sentences, neutral tone"),
    ("Explain like I'm five.\n\n"
     "How Does Your Phone Know Where You Are?\n\n"
     "When you open a map on your phone and a little blue dot shows exactly where you're standing, your phone is using a system called GPS, the Global Positioning System. It's one of the cleverest bits of everyday technology, and it relies on clocks in space.\n\n"
     "About 31 GPS satellites circle the Earth, around 20,000 kilometres up. Each one carries extremely accurate atomic clocks and constantly broadcasts a simple message: \"This is satellite number so-and-so, this is exactly where I am, and this is exactly what time it is.\" Your phone doesn't send anything back. It just listens.\n\n"
     "Radio signals travel at the speed of light, so the message takes a tiny fraction of a second to reach you. By comparing the time the message was sent with the time it arrived, your phone can work out how far away that satellite is. Knowing your distance from one satellite puts you somewhere on a giant imaginary sphere. Add a second satellite and a third, and the spheres overlap at only one or two points. A fourth satellite pins down your position and corrects for the fact that the clock in your phone is far less accurate than the ones in space.\n\n"
     "This needs astonishing precision. An error of just one millionth of a second would put you about 300 metres off. The satellites' clocks even have to be adjusted for Einstein's relativity, because time runs very slightly faster up there than on the ground.\n\n"
     "Indoors or between tall buildings, signals get blocked or bounce around, so phones also use nearby Wi-Fi networks and mobile phone masts to help."),
    ("What's the bottom line here? What does she want from us?\n\n"
     "Subject: Complaint — Maya's birthday party, Saturday 8 March\n\n"
     "Dear Bounce Planet Manager,\n\n"
     "I booked a children's party package at your Riverside branch for my daughter Maya's seventh birthday on Saturday 8 March, 1–3 pm, for 15 children. The package cost £285 and included one hour of jumping, a private party room for 45 minutes, hot food, drinks and a party host. Unfortunately, almost nothing went as promised.\n\n"
     "When we arrived, staff told us the session had been double-booked and our group would have to share the main trampoline area with another party of 20 children, plus the general public. The area was so crowded that the marshal stopped the session twice. Two of our younger guests were knocked over, and one little boy bumped his head and went home early in tears.\n\n"
     "We were told to go to the party room at 2:00, but it wasn't free until 2:25 because the previous group hadn't been moved on. This meant we had twenty minutes instead of forty-five. The chicken nuggets were lukewarm, two children were given orange juice after I had clearly written on the booking form that they have citrus allergies, and our host disappeared halfway through. I had to find a lighter myself to light the candles on the cake.\n\n"
     "Maya was really looking forward to this and felt it was spoiled. Several parents asked me afterwards whether I would complain.\n\n"
     "I would like a full refund of the £285. I would also like to know what you will do to make sure allergy information on booking forms is actually read by staff, as this could have been very serious.\n\n"
     "I look forward to hearing from you.\n\n"
     "Kind regards,\nSophie Marchetti"),
    ("Please summarize the main arguments in this forum post.\n\n"
     "Title: Unpopular opinion: the \"Free Parking jackpot\" is why nobody finishes Monopoly\n\n"
     "In almost every family I know, when you pay a tax or a fine in Monopoly, the money goes in the middle of the board, and whoever lands on Free Parking collects the pile. Some people even add $500 from the bank to start it off. I did this for years without questioning it. Then I actually read the rules that come in the box, and it's not there. Free Parking is just a free space. Nothing happens.\n\n"
     "Here's why I think the house rule ruins the game:\n\n"
     "1. It pumps extra money into the game. Monopoly is supposed to end when players go bankrupt. If someone can randomly collect $800 from the middle, people who should be out stay in, and the game drags on for four hours.\n\n"
     "2. It's pure luck. The whole skill of Monopoly is deciding what to buy, when to build and when to trade. The jackpot rewards nothing except the roll of the dice.\n\n"
     "3. It weakens the properties. The strategy of building houses on the orange and red sets works because opponents slowly run out of cash. Give them a lottery win and that pressure disappears.\n\n"
     "I tried the official rules with my in-laws at Christmas, plus the auction rule, where unbought properties go to the highest bidder, which most people also skip. The game took 90 minutes, had a clear winner, and nobody stormed off. Well, almost.\n\n"
     "I get that some families like the jackpot because it keeps little kids in the game. Fair enough. But if you hate how long Monopoly takes, try the actual rules once."),
    ("[Oral history recording, Cotterill Heritage Project. Interviewee: Dorothy Quayle, born 1938. Interviewer: Sam Reid.]\n\n"
     "SAM: You worked at the Cotterill telephone exchange. How did you get the job?\n\n"
     "DOROTHY: I was sixteen. My aunt worked there and said they were taking on girls, so I went in wearing my best coat and they gave me a test. Could I speak clearly, could I write neatly, could I add up. That was it. Started the next Monday.\n\n"
     "SAM: What did a day look like?\n\n"
     "DOROTHY: You sat at the switchboard in a long row with the other girls, headset on, and in front of you were the little lights and holes with cords. When a light came on, you plugged in and said \"Number, please.\" Then you connected them to whoever they wanted. Night shifts were quieter, but that's when you got the emergencies: doctors, fires, once a woman having a baby on her kitchen floor.\n\n"
     "SAM: Were you allowed to listen in?\n\n"
     "DOROTHY: Absolutely not. You'd be sacked. We knew everything about everyone anyway, though, just from who rang who at what time. You learned to keep your face straight at church.\n\n"
     "SAM: How were you treated?\n\n"
     "DOROTHY: The supervisor was strict. You needed permission to go to the lavatory, and you weren't allowed to marry and keep your job until the sixties. The pay was less than the men on the engineering side got. But the girls were lovely, and we were proud of the work.\n\n"
     "SAM: When did it end?\n\n"
     "DOROTHY: 1974. They brought in automatic dialling and closed our exchange. Thirty of us were let go in a week. I cried on the bus home.\n\n"
     "I don't have time to read this. What's the short version?"),
    ("Shorten this to a text message I can send to my partner.\n\n"
     "Dear Mr Lindqvist,\n\n"
     "Thank you for bringing Pepper in for her check-up on Tuesday. As we discussed briefly at the time, her teeth need some attention, and I'd like to set out the details so you can decide on the next steps.\n\n"
     "Pepper has a moderate build-up of tartar on her back teeth, and her gums are red and inflamed, particularly on the upper left side. One of her upper premolars is loose and is likely to be painful, even though dogs are very good at hiding dental pain. I'd recommend a dental procedure under general anaesthetic, which would involve a full scale and polish, dental X-rays, and removal of the loose tooth. If the X-rays show any other problem teeth, we would phone you during the procedure before removing anything further.\n\n"
     "The estimated cost is £480 to £620, depending on whether any further extractions are needed. This includes pre-anaesthetic blood tests, the anaesthetic, pain relief to take home and a follow-up check a week later. As Pepper is insured with Petwise, part of this may be covered, but dental treatment is sometimes excluded, so it would be worth checking your policy first.\n\n"
     "Our next available appointments are Monday 19 or Thursday 22 May. Pepper would need to be dropped off between 8:00 and 8:30 am, with no food after 8 pm the night before, though water is fine. She would usually be ready to go home by late afternoon.\n\n"
     "In the meantime, softer food may be more comfortable for her. Please call us on 01632 960 455 to book, or if you have any questions.\n\n"
     "Kind regards,\nDr Hannah Moore MRCVS\nFairfield Veterinary Clinic"),
    ("Give me a summary in under 40 words.\n\n"
     "Rip Currents: What They Are and How to Escape One\n\n"
     "Rip currents are strong, narrow channels of water that flow away from the beach, out through the surf. They're the main cause of rescues on surf beaches, and they can drag even strong swimmers out of their depth in seconds.\n\n"
     "They form when waves push water up onto the shore, and that water has to find a way back out to sea. It often does this through a gap in a sandbar, or beside a pier or rocks, where it flows out in a fast stream. A rip can move at up to two metres a second, faster than an Olympic swimmer.\n\n"
     "Rips can be hard to spot, and the most dangerous ones often look like the calmest part of the beach. Look for a patch of darker, deeper water with fewer breaking waves, a line of foam or seaweed moving steadily out to sea, or sandy, rippled water flowing away from the shore.\n\n"
     "The most important thing to know is that a rip will not pull you under; it pulls you out. People get into trouble when they panic and try to swim straight back to the beach against the current, and exhaust themselves.\n\n"
     "If you're caught in one, stay calm and float to save your energy. Raise an arm and shout for help. Many rips circulate and will bring you back towards the sandbar. If you can swim, swim parallel to the beach, out of the current, then head back to shore at an angle.\n\n"
     "Best of all, swim at a lifeguarded beach, between the red and yellow flags."),
    ("Summarize this for my grandmother, who doesn't know tech words.\n\n"
     "Important: Changes to Our Mobile Network — Action May Be Needed\n\n"
     "Dear Customer,\n\n"
     "We are writing to let you know that on Tuesday 15 October we will be switching off our 3G network in your area. This is part of a plan across the whole country to upgrade to newer, faster networks, known as 4G and 5G.\n\n"
     "What does this mean for you?\n\n"
     "Our records show that the phone registered to this account may only work on 3G. If so, after 15 October you may no longer be able to make calls, send texts or use mobile internet. This includes calls to 999, which is why we are writing to you directly.\n\n"
     "How can you check?\n\n"
     "Look at the top of your phone's screen. If you only ever see \"3G\" or \"H,\" and never \"4G,\" \"LTE\" or \"5G,\" your phone probably needs replacing. You can also call us free on 150 from your mobile, and we'll check for you.\n\n"
     "What will it cost?\n\n"
     "If you need a new phone, we can offer you a simple 4G phone free of charge, or a discount of £50 off any smartphone in our range. Your monthly plan and phone number will stay the same, and our staff can move your contacts over to your new phone for you.\n\n"
     "Other devices\n\n"
     "Some personal alarms, home security systems and car tracking devices also use 3G. If you have one of these, please contact the company that supplied it.\n\n"
     "If you'd like help, you can visit any of our shops, or call us on 150 between 8 am and 8 pm, seven days a week.\n\n"
     "Yours sincerely,\nCustomer Care Team"),
    "what happens in The Shawshank Redemption? short version pls",
    "Give me a quick rundown of the Watergate scandal: what happened and why Nixon resigned.",
    "Can you summarize Jane Eyre in a paragraph? I'm supposed to have read it by Thursday and I'm only on chapter 5.",
    "Summarize Crime and Punishment in five sentences.",
    "explain what happened at Chernobyl in 1986, short summary",
    "Give me a short summary of Les Misérables, the novel, not the musical.",
]

# (user opening, assistant reply asking for detail, [follow-ups]): each follow-up closes one row.
MULTI = [
    ("My bike's back tire keeps going flat every few days, even though I patched the tube.",
     "A slow leak that keeps coming back is often caused by something still stuck in the tire, like a thorn or a bit "
     "of wire, or by a rim strip that has slipped and left a spoke hole exposed. Did you check the inside of the tire "
     "when you patched it?",
     ["no, I just patched the hole and put it back",
      "How do I find a tiny leak if I can't see it?",
      "Is it worth getting puncture-resistant tires for city riding?"]),
    ("There are tiny black flies buzzing around the soil of my houseplants.",
     "Those are most likely fungus gnats, which breed in soil that stays damp. How often are you watering, and do the "
     "pots have drainage holes?",
     ["about twice a week, and a couple of the pots don't drain",
      "Do those yellow sticky traps actually work?",
      "Will the gnats hurt the plants?"]),
    ("My friend and I want to start a podcast but we have zero equipment.",
     "You can start for very little: two decent USB microphones and free recording software will sound far better "
     "than laptop mics. Will you be recording in the same room or from different places?",
     ["different cities, so over the internet",
      "How do we keep our audio from sounding echoey?",
      "Where do we upload it so it shows up on Spotify and Apple Podcasts?"]),
    ("I'm hosting Thanksgiving for the first time and there will be 12 of us.",
     "That's a very doable number with a bit of planning, and most of the side dishes can be made a day or two ahead. "
     "Are you planning to roast a whole turkey?",
     ["yes, but I've never cooked one before",
      "How big a turkey do I need for 12 people?",
      "How do I time everything so it's all hot at once?"]),
    ("My 15-year-old stays up gaming until 2 am on school nights and is exhausted every morning.",
     "That's a common struggle, and rules tend to work better when they're agreed with the teen rather than just "
     "imposed. Where is the gaming setup, in his bedroom or a shared room?",
     ["in his bedroom",
      "Is it reasonable to take the console out at night?",
      "How much sleep does a teenager actually need?"]),
    ("I made strawberry jam yesterday and it never set. It's basically syrup.",
     "Runny jam can usually be fixed by cooking it again. Did you use added pectin, or just fruit, sugar and lemon juice?",
     ["just fruit, sugar and a bit of lemon",
      "How do I know when it's reached the setting point?",
      "If I can't fix it, what can I use strawberry syrup for?"]),
    ("My neighbor's tree hangs over the fence and drops leaves into our pool every day.",
     "In many places you're allowed to trim branches that cross onto your side, but the details depend on local law. "
     "Have you talked to your neighbor about it yet?",
     ["not yet, we don't really know them",
      "How do I bring it up without it turning into a fight?",
      "Who pays if I hire someone to trim it?"]),
    ("I'm thinking of switching from an iPhone to an Android phone.",
     "It's easier than it used to be, and most of your contacts, photos and apps can come across. What's making you "
     "want to switch?",
     ["mostly the price, I want something under $400",
      "Will I lose my iMessages and group chats?",
      "What happens to the apps I paid for on the App Store?"]),
    ("I keep getting headaches at my desk in the afternoons.",
     "Afternoon headaches at a desk often come from eye strain, posture, skipped meals or not drinking enough water. "
     "How many hours a day are you looking at a screen?",
     ["about 9, with two monitors",
      "Should I try blue light glasses?",
      "At what point should I see a doctor about them?"]),
    ("I want to paint my kitchen cabinets instead of replacing them.",
     "That can save thousands, and prep is what makes the finish last. Are the cabinets solid wood, or laminate?",
     ["I think they're laminate over particleboard",
      "Do I have to take the doors off?",
      "Should I use a brush, a roller or a sprayer?"]),
    ("I have to give a eulogy for my uncle on Friday and I don't know where to start.",
     "I'm sorry about your uncle. A good eulogy doesn't need to cover his whole life; a few stories that show who he "
     "was are usually the most moving. What's one thing everyone remembers about him?",
     ["he fixed everyone's cars for free and told terrible jokes",
      "How long should a eulogy be?",
      "What if I start crying while I'm speaking?"]),
    ("My credit card was charged twice for the same hotel stay.",
     "That happens fairly often, and sometimes one of the charges is just a temporary hold that drops off on its own. "
     "Are both charges showing as posted, or is one still pending?",
     ["both are posted, it's been a week",
      "Should I call the hotel or the card company first?",
      "How long does a dispute usually take?"]),
    ("I'm taking my two kids camping for the first time and I've never camped either.",
     "A campground with toilets and water for one or two nights is a great way to start. How old are the kids?",
     ["7 and 10",
      "What do we really need to buy and what can we borrow?",
      "What easy meals can we cook over a camp stove?"]),
    ("The water pressure in my shower is weak, but the sinks are fine.",
     "If only the shower is weak, the problem is usually in the shower itself, most often a showerhead clogged with "
     "mineral deposits or a flow restrictor. Do you have hard water where you live?",
     ["yes, we get white crust on the faucets",
      "How do I soak the showerhead without taking it off?",
      "Could it be the shower valve instead?"]),
    ("My cat has started peeing outside the litter box.",
     "That can be a sign of a medical problem like a urinary infection, so a vet check is worth doing first, but "
     "changes at home can also set it off. Has anything changed recently, like the litter, the box location or a new pet?",
     ["we switched to a cheaper litter last month",
      "How many litter boxes should we have for two cats?",
      "How do I get the smell out of the carpet?"]),
    ("I'm learning to drive a manual car and I keep stalling when I pull away.",
     "Stalling from a stop usually means the clutch is coming up too fast or there isn't enough gas. Does it happen "
     "more on hills or on flat ground too?",
     ["mostly on hills, at traffic lights",
      "How do I use the handbrake for a hill start?",
      "Is stalling bad for the car?"]),
]


def build(seed: int = 2034):
    return free_form(sys.modules[__name__], random.Random(seed), "vn", 0.3, 0.25, 40)


if __name__ == "__main__":
    main(build, DEFAULT_OUT)
