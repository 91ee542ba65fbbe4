"""An eleventh pool of varied distillation prompts: more general questions than any pool before it,
the most long pasted passages to summarise, and new advice, code, multi-turn chats, lists,
writing, how-to and math.

After the tenth pool, general questions (the held-out set's largest domain, 28 prompts) were still
below 1.8 at k = 4 (1.778) and summaries of pasted passages were the lowest varied domain (1.716).
So this pool has 300 questions that want facts or how and why something works, 170 that want
advice or a comparison, 50 summaries (42 of pasted passages of 200-300 words), 35 chats (eight
with two exchanges before the follow-up) that close into 105 rows, 90 code prompts, 50 writing
requests, 40 lists, 40 how-to and 40 math from 20 new forms.

Its ids start ``vc-``, so the answers distilled for the earlier pools stay valid. Every prompt was
scanned for exact and near (word-overlap) matches with the earlier pools and the held-out sets;
``training/tests/test_recipes.py`` checks that none is shared.

    python -m training.varied_eleventh   # writes training/data/prompts-varied-eleventh-train.jsonl
"""
from __future__ import annotations

import os
import random
import sys

from .varied import HERE, free_form, main, word_problems
from .varied_sixth import HOWTO_LEADS, MATH_NAMES  # the same leads and names as the sixth pool

DEFAULT_OUT = os.path.join(HERE, "data", "prompts-varied-eleventh-train.jsonl")

GENERAL_FACTS_A = [
    "why do vultures have bald heads anyway",
    "How do cleaner wrasse swim right into a grouper's mouth without getting eaten?",
    "is spider silk really stronger than steel or is that just an internet thing",
    "My partner and I watched a nature clip where a lyrebird perfectly copied a camera shutter and then a chainsaw. How is a bird physically able to make those sounds, and why would it bother learning them?",
    "What makes box jellyfish so much deadlier than the jellyfish you see at the beach?",
    "how do army ants build those living bridges out of their own bodies",
    "For a school project on weird animals, my daughter picked the star-nosed mole. She asked me what the pink star on its nose is actually for, and I was stumped. Is it a nose, a hand, or something else?",
    "why does my cat's tail puff up like a bottle brush when she gets spooked",
    "Why do peacocks have such enormous tails if it makes them easier for predators to catch?",
    "How do birds sleep perched on a branch without falling off?",
    "How do deep-sea fish survive the crushing pressure at the bottom of the ocean?",
    "what's the actual difference between venomous and poisonous, people use them like they mean the same thing",
    "What's the deal with narwhal tusks? Is it really a tooth?",
    "is it true a mantis shrimp can punch hard enough to crack aquarium glass",
    "i read that dung beetles steer by the milky way. how would that even work",
    "How do leafcutter ants grow fungus gardens underground?",
    "Can a porcupine shoot its quills at you?",
    "why do opossums play dead, like do they actually decide to do it",
    "I was walking on a beach in Delaware and saw hundreds of horseshoe crabs washed up. A local told me their blood is blue and gets used to test medicines. Why is it blue, and what exactly is it used for?",
    "How did a female Komodo dragon at a zoo have babies without ever meeting a male?",
    "how far does an arctic tern fly in its whole life",
    "Do orca pods really have their own dialects?",
    "We went snorkelling in Maui and the guide pointed at a parrotfish crunching on coral and said a lot of the white sand on the beach is basically its poop. Was he pulling my leg, or is that real?",
    "why do hippos look like they're sweating blood",
    "My kids found a caterpillar and we're keeping it in a jar to watch it change. My son asked what actually happens inside the chrysalis. Does it just sprout wings, or is it more complicated than that?",
    "Why do male deer grow a brand-new set of antlers every year?",
    "Who discovered that the coelacanth wasn't extinct, and why was it such a big deal?",
    "There's a colony of maybe a thousand bats leaving a cave near our campsite every evening. If they're all using echolocation at once, how does each bat pick out its own echoes from everyone else's noise?",
    "How does a kestrel hang perfectly still in the air over a roadside?",
    "A perfect circle of mushrooms appeared on our lawn after a week of rain, and the grass inside the ring is darker than the rest. My neighbour called it a fairy ring. What actually causes it?",
    "Why are four-leaf clovers so rare?",
    "why do some flowers close up at night and open again in the morning",
    "How did coconut palms end up on beaches all over the tropics?",
    "How do giant sequoias survive wildfires? I heard they actually need fire to reproduce.",
    "Is kelp a plant? Someone on a podcast said seaweeds aren't really plants at all, which confused me.",
    "Why does poison ivy give you a rash, and why do some people never react to it?",
    "if black absorbs the most light why aren't plants black instead of green",
    "What makes wood hard when the rest of a plant is soft?",
    "Why does water bead up and roll right off a lotus leaf?",
    "How do plants know what time of year it is to start flowering?",
    "My grandmother swears her houseplants grow better because she chats to them every morning. My brother says that's nonsense. Is there any actual research on this either way?",
    "Tell me about Welwitschia. Someone told me it's a desert plant that only ever grows two leaves in its whole life.",
    "How do resurrection plants come back to life after drying out completely?",
    "What's the biggest single flower in the world, and why does it smell like rotting meat?",
    "Why are almost all the bananas in supermarkets the same variety, and what happened to the one people ate before?",
    "why do peat bogs preserve bodies for thousands of years",
    "Why do some poisonous mushrooms look almost identical to edible ones?",
    "I'm a nursing student and a patient asked me why her veins look blue when blood is red. I gave a vague answer about oxygen that I'm now pretty sure is wrong. What's the real reason veins look blue through the skin?",
    "what actually causes dandruff",
    "Last night I woke up and couldn't move for about thirty seconds, and I was convinced someone was standing in the doorway. It really scared me. A friend says it was sleep paralysis. What's actually going on in the brain when that happens?",
    "Why don't red blood cells have a nucleus?",
    "why do humans have chins, apparently no other animal has one",
    "is photographic memory a real thing or just a movie thing",
    "My nephew just found out he's colour blind after failing one of those dot tests at school. His mum isn't and his dad isn't, but his grandad was. How does colour blindness get passed down, and why is it mostly boys?",
    "Why does a rush of adrenaline make your hands shake?",
    "I'm 34 and have never needed a filling, but my husband gets a cavity at almost every checkup even though he brushes more than I do. Why are some people so much more prone to tooth decay?",
    "What's the point of the uvula, that dangly thing at the back of your throat?",
    "If stomach acid is strong enough to dissolve food, why doesn't it dissolve the stomach?",
    "Why can a smell bring back a memory so much more vividly than a photo?",
    "why does a bad night's sleep make me so hungry the next day",
    "what are the little white spots that show up on fingernails",
    "Is it true that your ears and nose keep growing your whole life?",
    "Is the heart actually on the left side of the chest, or is that a myth?",
    "my grandad says his knee can tell when rain is coming. is there anything to that",
    "What's phantom limb pain, and how can something hurt that isn't there?",
    "Why is normal human body temperature around 37 degrees and not something cooler?",
    "How do free divers hold their breath for over ten minutes?",
    "why do identical twins have different fingerprints if they have the same dna",
    "Why does asparagus make your pee smell, and why can't everyone smell it?",
    "Every winter my mum's fingers go completely white and numb, then turn blue and red when they warm up. Her doctor called it Raynaud's. What is actually happening to the blood vessels?",
    "What is a white dwarf star?",
    "Every few months I see a headline saying Betelgeuse might be about to explode. If it really did go supernova, what would we see from Earth, and would it be dangerous to us?",
    "How did astronomers find Neptune with maths before anyone had seen it through a telescope?",
    "Could there be life in the ocean under Europa's ice?",
    "Can you explain the cosmic microwave background in plain English?",
    "Will the Milky Way actually crash into the Andromeda galaxy?",
    "Why does Jupiter's moon Io have so many volcanoes?",
    "What exactly is a magnetar?",
    "what was the wow signal, did anyone ever figure it out",
    "why is there no sound in space",
    "Can a solar storm knock out the power grid? Has it ever happened?",
    "My son is obsessed with planets and asked if you could stand on Jupiter. I said no, but then he asked what would happen if a spaceship tried to land there, and I had no idea. What would actually happen to it on the way down?",
    "What's at the centre of the Milky Way?",
    "What is a quasar?",
    "How do nebulas form, and are they really that colourful or is it the photos?",
    "could we ever actually terraform mars",
    "Where exactly does space begin? Is there an official line?",
    "What is a neutrino, and how can trillions of them pass through us without doing anything?",
    "what even is antimatter",
    "Why did Galileo end up on trial?",
    "What did Marie Curie actually discover?",
    "How did Darwin come up with natural selection? Was it the Galapagos finches?",
    "How did the Wright brothers figure out how to steer an aeroplane?",
    "Watched Apollo 13 with my dad last night and he said the real story was even more dramatic than the film. What actually went wrong on that mission, and how did they get the crew home?",
    "is it true some woolly mammoths were still alive when the pyramids were being built",
    "I did one of those ancestry DNA tests and it said about 2 percent of my DNA is Neanderthal. How is that possible? I thought they were a separate species that died out.",
    "How were the bodies at Pompeii preserved?",
    "What happened to Shackleton's Endurance expedition?",
    "why did amundsen beat scott to the south pole",
    "Why did Mount St. Helens blow out sideways in 1980?",
    "Why did China suddenly stop Zheng He's treasure fleet voyages?",
    "What was the Cuban Missile Crisis, and how close did it come to war?",
    "who were the celts exactly",
    "What happened to the lost colony at Roanoke?",
    "Why was Constantinople so hard to conquer for so long?",
    "What was Greek fire, and why don't we know how it was made?",
    "I'm reading a novel set in Tudor London and the characters keep panicking about the sweating sickness. Was that a real disease, and what happened to it?",
    "We visited the Vasa Museum in Stockholm and saw an enormous warship that apparently sank less than a mile into its first voyage. The audio guide went too fast for me. Why did it sink so quickly, and how did it survive on the seabed for over 300 years?",
    "Who was Hatshepsut, and why did someone try to erase her from history?",
    "What did Gutenberg actually invent? Wasn't printing around in China centuries earlier?",
    "I heard on a podcast that in 1518 hundreds of people in Strasbourg started dancing in the streets and couldn't stop for weeks. It sounds made up. What actually happened, and did people really dance until they died?",
    "My great-grandfather worked on the Panama Canal and family stories say thousands of workers died. Why was building it so deadly, and why did the French attempt fail before the Americans took over?",
    "What was the Indus Valley civilisation, and why did its cities empty out?",
    "How did Roman concrete last two thousand years when modern concrete cracks in decades?",
    "Which mountain's summit is farthest from the centre of the Earth? I heard it isn't Everest.",
    "why do the hawaiian islands sit in a neat line like that",
    "Why does Greenland look as big as Africa on most world maps?",
    "Why is the deep water of the Black Sea almost lifeless?",
    "I'm planning a trip to Bolivia and every photo of the Salar de Uyuni shows people standing on what looks like the sky reflected perfectly on the ground. How did such a huge flat salt desert form, and why does it turn into a mirror?",
    "How did Niagara Falls form, and is it really creeping upstream?",
    "Is Yellowstone really a supervolcano? What would happen if it erupted?",
    "Why do rivers wind back and forth instead of running straight?",
    "Why is Kaliningrad part of Russia when it isn't connected to the rest of the country?",
    "Why is Lake Natron so deadly to animals?",
    "On a flight from London to Los Angeles the map showed us going way up over Greenland instead of straight across. The pilot said it was the shortest route. How can going that far north be shorter?",
    "At my niece's birthday party the adults were all inhaling balloon helium and talking like cartoon chipmunks. One person said it changes your vocal cords and another said it doesn't. Why does helium actually make your voice sound higher?",
    "What is a superconductor, and why do they have to be so cold?",
    "How do geodes end up with crystals inside them?",
    "How do glow-in-the-dark stars on a bedroom ceiling work?",
    "Growing up I was convinced quicksand would be one of the biggest dangers of adult life, thanks to cartoons and adventure movies. I've never even seen any. Is real quicksand actually dangerous, and can it suck you under?",
    "what makes that nice smell when rain hits dry pavement",
    "How do insects end up trapped in amber for millions of years?",
    "Can you explain entropy without any equations?",
    "What was Schrodinger's cat meant to show?",
    "Why does a rubber band stretch and then snap back to its shape?",
    "what's going on with oobleck, it's runny until you punch it",
    "Why are some elements radioactive and others aren't?",
    "What causes acid rain?",
    "We were on a night beach walk in San Diego and the waves were glowing bright blue every time they broke. The kids thought it was magic. What causes that?",
    "How does Earth's magnetic field protect us from the Sun?",
    "Why can't you fold a sheet of paper in half more than about seven times?",
    "How hot is a lightning bolt compared to the surface of the Sun?",
    "Why are rain clouds dark grey when other clouds are bright white?",
    "My son's science teacher told the class that every atom in their bodies was made inside a star. He came home sure she was making it up. Is that true, and how does it work?",
    "I was hiking in Wales with my kids and we found a fossil seashell about halfway up a mountain. How does a sea creature end up on a mountain?",
    "We just got back from Cappadocia in Turkey where we toured an underground city that goes eight floors down into the rock. Who carved these and why did they need them?",
    "Lying in the garden during a power cut, I started wondering whether some of the stars I was looking at might not exist anymore. Is that actually possible?",
    "My doctor says my vitamin D is low and told me to get more sun. How does sunlight on your skin actually turn into a vitamin?",
    "I'm five months pregnant and my midwife said the baby can already hear my voice. When does hearing develop in the womb, and what can they actually hear in there?",
    "The cherry tree next door flowers before it's grown a single leaf. How can it make all those flowers without leaves to make energy?",
]


GENERAL_FACTS_B = [
    "what does airplane mode actually switch off on a phone",
    "what's an esim and is it really any different from a normal sim apart from not being a little card",
    "When I tap my phone on the card reader at a shop, is my real card number being sent to the till?",
    "I've got two USB-C cables that look exactly the same, but one charges my laptop and the other barely charges my phone. What's different inside them?",
    "My brother keeps an AirTag on his keys and found them in a taxi across town. How can a tiny tag with no GPS and no SIM tell him where it is?",
    "What does the differential in a car do, and why does a car need one to go round corners?",
    "how do seatbelts lock when you slam the brakes but still let you pull them out slowly",
    "How does a frost-free freezer stop ice building up inside?",
    "We just got a new washing machine, and the display says a cycle will take 2 hours 10 minutes, then ten minutes in it drops to 1 hour 35. The manual says it weighs the load. How does a washing machine work out how heavy the load is when there's no scale inside it?",
    "how does a kettle know the water is boiling so it can click off",
    "How does the image stabilisation in a phone camera keep videos steady when my hands are shaking?",
    "Sometimes my phone says \"SOS only\" at the top instead of showing bars. What does that mean, and how can it still call emergency services?",
    "How does a pin tumbler lock know the right key from the wrong one?",
    "Why doesn't a fountain pen leak ink all over the place when it's full?",
    "My grandad's hearing aid whistles whenever he hugs someone or pulls a hat on. He's convinced it's broken, but the audiologist says that's normal. What causes that squeal?",
    "how do automatic doors at the supermarket know you're coming",
    "Why do the headlights on newer cars look so white and blue compared to the yellowish ones on older cars?",
    "I fitted a dashcam last month and found a folder called \"event\" full of clips from times I went over speed bumps a bit fast. How does it know to save footage when there's a bump or a crash, and why doesn't it just keep everything?",
    "Our broadband is sold as 500 megabits down, but the upload speed is only about 50. Why is upload always so much slower than download? Is the company cutting corners?",
    "My phone signal drops to nothing the moment I step into a lift, and it's patchy inside big supermarkets too. Why do those places kill reception?",
    "My car's dashboard says I have 40 miles left, then five minutes later it says 55. How does it work out the miles-to-empty number, and why does it jump around?",
    "how does a toilet cistern know when to stop filling up",
    "My phone is two and a half years old and the battery health says 81%. Why do phone batteries lose capacity over time even if I look after them?",
    "I got stopped at a roadside check and the officer had me blow into a breathalyser, and it gave a reading in a few seconds. How can a machine work out how much alcohol is in your blood just from your breath? Is it accurate?",
    "What's a tragedy of the commons? Can you give a real example?",
    "What does \"economies of scale\" mean, with a simple example?",
    "Every time oil goes up on the news, the petrol station near me raises its prices within a couple of days. But when oil drops, the price at the pump barely moves for weeks. Why does that happen, and is there a name for it?",
    "I've paid car insurance for eleven years and never claimed once, while a friend wrote off his car and got a full payout. How do insurance companies make any money when they're paying out claims like that all the time?",
    "what's the difference between gross pay and net pay on my payslip",
    "Norway keeps coming up as having a massive oil fund. What is a sovereign wealth fund, and what does Norway do with the money?",
    "On the news they keep saying bond yields are rising and that it's bad for mortgages. What is a bond yield, and why would it affect what I pay on my house?",
    "What's the difference between a tariff and a sanction?",
    "What does it mean when a country pegs its currency to another one?",
    "Some countries, like Ecuador and Panama, just use the US dollar. Why would a country give up having its own currency?",
    "What's the difference between a Ponzi scheme and a pyramid scheme?",
    "What did Adam Smith mean by the \"invisible hand\"?",
    "Countries get credit ratings like AAA or BB, same as companies. Who decides them, and what happens when a country gets downgraded?",
    "Is the tulip mania story true? Did people really pay the price of a house for one bulb?",
    "why do supermarkets sell some stuff at a loss, what's a loss leader",
    "My energy bill mentions a government price cap, and my friend in another country gets a subsidy instead. What's the difference between capping a price and subsidising it?",
    "Who actually decides how many coins and notes a country makes?",
    "what does too big to fail mean, i keep hearing it about banks",
    "I'm travelling from the US to Europe and noticed the price on the shelf already includes tax. What's the difference between VAT and the sales tax I'm used to?",
    "What was the Great Vowel Shift?",
    "My daughter is learning to read and asked why knife, knee and knight start with a k if we don't say it. I had no answer. Was that k ever pronounced?",
    "whats a portmanteau, give me a few everyday ones",
    "What happened to \"thou\" and \"thee\"? Why does English only have \"you\" now?",
    "is irregardless actually a word or do people just say it wrong",
    "How old is the word \"hello\"? Would people in Shakespeare's time have said it?",
    "My Canadian friend says \"maths\" and I say \"math\" and we argued about it for twenty minutes. Which one is right, and why did the two versions split?",
    "Why is \"Mrs\" pronounced \"missus\" when there's no i in it?",
    "What does \"the exception that proves the rule\" really mean? It never made sense to me.",
    "If \"inflammable\" means the same as \"flammable\", why do both words exist?",
    "What's a calque? My linguistics teacher mentioned them and I didn't follow.",
    "Why does Spanish have two different verbs that both mean \"to be\"?",
    "What is the oldest language that people still speak today?",
    "How did Hebrew go from a mostly written, religious language to the everyday language of a whole country?",
    "What is Received Pronunciation, and does anyone actually speak like that?",
    "why do people in boston and parts of england drop their r's but people in most of america don't",
    "Which everyday English words come from Hindi or other languages of India?",
    "What's the difference between \"e.g.\" and \"i.e.\"? I always use them the wrong way round.",
    "Why are \"mouse\" and \"mice\" or \"goose\" and \"geese\" irregular when most plurals just add an s?",
    "My nephew asked why we say \"a big red ball\" and never \"a red big ball\", and I couldn't explain it even though I know it sounds wrong. Is there an actual rule for the order of adjectives?",
    "I was told brining a turkey the night before makes it juicier. Is that true, and what is the salt doing?",
    "I made chocolate-dipped strawberries for a party, and the chocolate set soft and dull with grey streaks instead of shiny and snappy like a bar. Everyone online says I should have tempered it. What does tempering actually do, and why does it matter?",
    "Does the lime juice in ceviche actually cook the fish?",
    "Last week I made mash with the potatoes I'd bought for a salad and it turned gluey, and the baking potatoes I used for the salad fell apart. Why are some potatoes great for mash and others better for potato salad?",
    "why do people rinse rice before cooking it, is it just to clean it",
    "I always thought stock and broth were the same thing, but my cookbook treats them as two different things. How do they differ?",
    "What does a fan oven do differently, and why do recipes say to drop the temperature by 20 degrees for it?",
    "What makes mayonnaise split, and how does an egg yolk hold oil and lemon juice together in the first place?",
    "what is umami and which foods have a lot of it",
    "Why does garlic sometimes turn blue or green when I pickle it? Is it safe?",
    "why do beans make people gassy",
    "what's the difference between ale and lager",
    "What's the difference between champagne, prosecco and cava?",
    "Why is it spelled \"whisky\" on some bottles and \"whiskey\" on others?",
    "My mum won't let the kids eat anything cooked with wine, but the recipe says the alcohol cooks off. Does it really all burn off, or is some left?",
    "is it true searing a steak seals in the juices or is that a myth",
    "Why does cold water taste icy right after you've chewed mint gum?",
    "What's the difference between sorbet and sherbet?",
    "why does cold pizza taste so different from hot pizza",
    "Why do bread recipes call for bread flour instead of plain flour? What's actually different about it?",
    "What does \"separation of powers\" mean?",
    "What is a hung parliament, and what happens after one?",
    "What's the difference between a constitutional monarchy and an absolute monarchy? Are there any absolute monarchies left?",
    "How does extradition between two countries work?",
    "What does a public defender do, and are they as good as a paid lawyer?",
    "What is an amicus brief?",
    "I want to put my bakery's name and logo on jars to sell at markets. What does a trademark protect that a copyright doesn't?",
    "I got a letter saying I might be part of a class action lawsuit against a phone company. I never signed up for anything. What is a class action, and how did I end up in one?",
    "What's the difference between a law and a regulation?",
    "What's a vote of no confidence?",
    "What does \"precedent\" mean in a court case, and why do judges follow old decisions?",
    "what is a plea bargain exactly",
    "what's a subpoena and what happens if you ignore one",
    "In crime dramas someone gets arrested, and then there's a whole separate scene where they're charged. What's the difference between being arrested and being charged?",
    "What's the difference between a federal country like Germany and a unitary one like France?",
    "What's the difference between libel and slander?",
    "My dad is getting older and the solicitor suggested he set up a power of attorney. What does that actually let someone do, and how is it different from being named in his will?",
    "why is friday the 13th supposed to be unlucky",
    "Why do people throw rice or confetti at newlyweds?",
    "Where did April Fools' Day come from?",
    "What is a quinceañera?",
    "why do people knock on wood for luck",
    "What is Hogmanay, and how is it different from a normal New Year's Eve?",
    "why do dutch people wear orange for everything",
    "I'm British and went to an American football game with friends. I followed the touchdowns, but everyone kept shouting about first downs. How does a first down work?",
    "I've been watching baseball with my in-laws, and in one game the umpire called the batter out even though nobody caught the ball. My father-in-law muttered something about the infield fly rule. What is it, and why does it exist? It sounds made up.",
    "How does right of way work in fencing when both fencers hit each other at the same moment?",
    "What's actually happening in a rugby scrum, and why do they keep collapsing?",
    "I was watching a one-day cricket match that got interrupted by rain, and when play restarted the chasing team suddenly had a completely different target and fewer overs. How does the Duckworth-Lewis method work out the new target?",
    "what's a let in tennis",
    "My son just started playing chess online and his rating went up 12 points after one win and down 5 after a loss. How does Elo rating work?",
    "How does a salary cap work in leagues like the NFL or NBA, and why do American sports have them when European football doesn't?",
    "How are points worked out in a decathlon? A fast 100 m time and a long javelin throw aren't really comparable.",
    "what's a power play in ice hockey",
    "What does a time signature mean? What does 4/4 or 3/4 tell a musician?",
    "I'm learning piano and my teacher calls the piece I'm playing a sonata. What actually makes a piece of music a sonata?",
    "What is the circle of fifths, and why do music teachers love it so much?",
    "What is a blue note?",
    "what's syncopation, my band teacher keeps saying it",
    "What's a fugue?",
    "What does it mean to have perfect pitch, and can you learn it as an adult?",
    "What's the difference between a baritone and a bass singer?",
    "What's the difference between a cello and a double bass, apart from size?",
    "what's the difference between a dj and a music producer",
    "Why does a key change near the end of a pop song give people goosebumps?",
    "What is chiaroscuro?",
    "What was the Bauhaus, and why do designers still talk about it?",
    "What is pointillism?",
    "We inherited some old William Morris wallpaper in our house. What was the Arts and Crafts movement he was part of?",
    "A YouTube video claimed the Parthenon, the Mona Lisa and even the Apple logo are all designed around the golden ratio. Is that true, or is it one of those things people just keep repeating?",
    "I saw Girl with a Pearl Earring in The Hague and it was much smaller than I expected. Why is this painting so famous, and what made Vermeer special compared with other Dutch painters of his time?",
    "What is trompe l'oeil?",
    "I finally watched Citizen Kane because it tops every greatest-films list, and honestly I found it a bit slow. What was so groundbreaking about it in 1941 that critics still rank it so highly?",
    "what's the bechdel test",
    "My film studies lecturer said almost every blockbuster follows the hero's journey. What is it, and is that really true?",
    "What is magical realism in fiction, and who are the writers best known for it?",
    "I've been watching old films from the 1930s and 40s, and married couples always sleep in separate beds and criminals always get caught by the end. My friend says that was because of the Hays Code. What was it, and when did it stop?",
    "what's a macguffin in a film",
    "what's the difference between a novella and a novel, is it just length",
    "What is the Rashomon effect, and where does the name come from?",
    "What does \"breaking the fourth wall\" mean?",
    "I bought a bag of what I thought were clementines and the label said satsumas. Are they actually different fruits, and where do mandarins come into it?",
    "what's the difference between a typeface and a font",
    "What's the difference between AC and DC electricity?",
    "What's the difference between the Julian and Gregorian calendars?",
    "What's the difference between Great Britain, the United Kingdom and the British Isles?",
    "We had gelato on holiday in Florence and my kids insist it's just Italian for ice cream. Is there a real difference between gelato and ice cream?",
]


GENERAL_ADVICE = [
    "Is it rude to keep my camera off in team video calls if everyone else has theirs on?",
    "Our office is switching to hot-desking next month, with 40 desks for 60 people. I've had the same desk, with my plants and photos, for eight years and I'm dreading it. How do people make it less miserable?",
    "i got promoted and now i manage two people who used to be my lunch buddies. how do i stop it being weird",
    "Do I have to tell my employer about a small weekend business selling candles at craft fairs?",
    "I was a stay-at-home dad for six years and I'm trying to get back into logistics. Every recruiter asks about the gap and I end up sounding apologetic. How should I explain it with confidence?",
    "Am I expected to chip in for every office birthday whip-round? It's adding up to about £30 a month.",
    "'Best', 'Kind regards' or 'Cheers': what's the safest way to sign off an email to someone I've never met?",
    "A restaurant wants me to do an unpaid trial shift before they decide whether to hire me. Is that normal or a red flag?",
    "how long is it acceptable to sit in a cafe working on a laptop if i only buy one coffee",
    "I've been a hospital pharmacist for nine years and the weekend shifts are wearing me down. I keep seeing medical writing jobs advertised that are fully remote. What would you weigh up before making that switch?",
    "Would you accept a less senior job title if the salary went up by 15%?",
    "My manager books our fortnightly one-to-ones and then cancels about half of them at the last minute. I'm new-ish, six months in, and I have questions about my progression that keep piling up. Should I say something, or is that just what busy managers do?",
    "There are six of us in a small office and one colleague hums under her breath all day. Nobody else seems bothered, and she's lovely otherwise. Am I being petty if I ask her to stop, and how would I even phrase it?",
    "Should I still put hobbies and interests on my CV, or does that look dated now?",
    "Contract role at higher pay with no benefits, or a permanent job that pays less? How do you compare them?",
    "I handed in my notice after a pretty rough year, and my manager wants me to spend my last three weeks training my replacement. I don't want to burn bridges, but mentally I've already left. How much effort am I really obliged to put in?",
    "I teach year 5 and parents email me on Saturday and Sunday expecting answers. Is it OK to leave them until Monday?",
    "I've been offered a consulting role where I'd be travelling 70% of the time. I'm 27, single and rent a room, so nothing is tying me down. Is this a great adventure or a fast track to burnout?",
    "How do you ask for a day off for a job interview without lying to your current boss?",
    "Double major in economics and philosophy, or economics with a minor in data science: which would you pick?",
    "My lecturer says Grammarly is fine for essays but my housemate says it counts as cheating. Where's the line with writing tools?",
    "Is it smarter to do two years at a community college and then transfer, or start at a four-year university right away?",
    "how do i ask a professor for a reference when i was one of 300 people in their lecture",
    "I'm 45 and thinking about a part-time history degree through distance learning. It would take six years, so I'd be over 50 when I finish. My wife says I'll be over 50 anyway. Is it a sensible use of time and money?",
    "I'm doing a master's in sociology and I have to submit my dissertation proposal in five weeks. I've already changed topic three times because I get bored of each one after a month of reading. How do I choose one I'll actually stick with for a year?",
    "Should I email my professor to say I'm falling behind before the midterm, or wait to see how I do?",
    "Is an unpaid summer internship worth it if I could earn decent money working in a supermarket instead?",
    "My daughter is 13 and can pick either Mandarin or Spanish as her language option next year. She's good at languages and likes Mandarin because it sounds hard, but her dad thinks Spanish is more practical. Which would you steer her towards?",
    "Weekly group language class or an hour a week with a private tutor online: which gets you speaking faster?",
    "is it fine to take a lighter course load and graduate a semester late",
    "I'm studying for the CPA exam while working full time. Is it better to study before work or in the evenings?",
    "My final year is coming up and I could save about £6,000 by moving back in with my parents and commuting an hour each way. All my friends will be living near campus. Would you take the money or the experience?",
    "Is it rude to bring a shop-bought dessert to a potluck where everyone else cooks?",
    "do you tip a hairdresser who owns the salon",
    "my friend's new boyfriend gives me a weird vibe but i have nothing concrete. do i say anything",
    "What's a good comeback when relatives keep asking when we're having kids?",
    "My best friend is due in two months and has picked a baby name I honestly think is awful. It's an unusual spelling that I think the kid will have to correct forever. She's asked for my opinion directly. Do I tell her the truth?",
    "Is it ever OK to uninvite someone from your wedding after a falling out?",
    "My brother-in-law always 'forgets' his wallet when the four of us go out to eat, so my husband and I end up paying. It's happened at least six times this year. How do I deal with it without starting a family feud?",
    "My boyfriend is still close with his ex and they message most days. He's never given me a real reason to doubt him and he's open about it. How do I tell whether my discomfort is fair, or something I need to work on myself?",
    "Is it rude to leave a wedding reception before the first dance?",
    "Who should get a thank-you card after a funeral, and is it too late to send them three months on?",
    "The wedding invitation only has my name on it. Can I ask if I can bring my girlfriend, or is that bad form?",
    "My ex's father died last week. We were together five years and I was close to his family, but the breakup two years ago was messy. Would it be wrong to go to the funeral?",
    "what do you bring to a housewarming when you barely know the hosts",
    "Is it tacky to ask for cash instead of presents for a baby shower?",
    "My neighbour waves and says hello by name every morning, and after two years I still don't know hers. How do I find out without admitting it?",
    "I'm hosting Christmas for the first time and my mother-in-law has offered to bring a second turkey 'just in case'. Should I take it as an insult or just say yes?",
    "My friend group has a tradition of birthday dinners at expensive restaurants. I changed jobs and can't afford them anymore, but I don't want to be left out. How do I suggest something cheaper without being the killjoy?",
    "is it ok to say no when a friend asks me to help them move for the third time this year",
    "is it weird to go to a concert on my own",
    "I basically vanished on a close friend for a year while I was depressed. I'm doing much better now. How do I reach out and apologise without making it all about me?",
    "There are three of us sharing a flat, and one roommate's girlfriend is now here six nights a week. She showers every morning, uses the heating and eats our food, and pays nothing towards bills. She's nice, which makes it harder. How do we bring it up fairly?",
    "People at work keep mispronouncing my name. Is it OK to correct them after months, or should I just let it go?",
    "is it ok to eat the same breakfast every single day",
    "Should I wear my fitness tracker to bed, or is sleep tracking more likely to make me anxious about sleep?",
    "How do I stop grazing on snacks every evening when I'm not even hungry?",
    "Weigh myself every day or once a week: which is better if I don't want to drive myself mad?",
    "Are posture correctors worth buying, or do they just make your muscles lazy?",
    "Is walking uphill on a treadmill as good a workout as jogging?",
    "i want to stop checking my phone the second i wake up. what actually works",
    "Should I do weights before cardio or cardio before weights when I only have an hour at the gym?",
    "I've started running at lunchtime, but there's no shower at my office. How do people manage that without being the smelly one all afternoon?",
    "I want to drink less on nights out without my friends making a big deal of it. Any tricks that actually work?",
    "Is drinking a big glass of water as soon as you wake up genuinely useful or just a wellness trend?",
    "I sleep 7 hours on weekdays and then crash until noon on Saturdays and Sundays. Is catching up like that bad for me?",
    "is it worth going to bed earlier or is it better to just get up later, if i can only get one extra hour of sleep",
    "I'm 52 and I've never done any kind of weight training. Friends my age swear by it, but I feel silly in the gym next to people in their twenties. Would home workouts be just as good for me?",
    "slovenia or croatia for a ten day road trip in june",
    "be honest, is paris overrated or should it still be my first stop in europe",
    "Backpack or wheeled suitcase for a month in Southeast Asia?",
    "We're going to Ireland for ten days in September and want to see the west coast. I've driven for twenty years but never on the left, and I've heard the country lanes are very narrow. Is hiring a car a bad idea for a first-timer, or will I get used to it?",
    "Edinburgh or Glasgow as a base for five days in Scotland without a car?",
    "We're flying 13 hours to Singapore with our 18-month-old. She only sleeps properly in her own cot. What can we do to make the flight bearable for her, for us and for the people around us?",
    "Is a hot air balloon ride in Cappadocia worth the money?",
    "packing cubes, actually useful or just another thing to buy",
    "Is Marrakech a good city break with kids aged 6 and 9?",
    "I'm going to Brazil for three weeks in February, mostly Rio, Salvador and a bit of the Amazon. I speak decent Spanish but no Portuguese at all. Is it worth cramming some Portuguese beforehand, or will Spanish and English get me by?",
    "Hostel dorm or cheap private room for a 40-year-old travelling solo for the first time?",
    "Is a trip to Tromsø worth it for the northern lights when there's no guarantee you'll see them?",
    "one big trip a year or a few long weekends away, which would you do",
    "Should I book a guided tour of Petra or explore it on my own?",
    "Is Venice worth a day trip from Verona, or do you need to stay a night to enjoy it?",
    "Friends have invited us on a week-long villa holiday in Tuscany with five other couples. We like them all, but we've never travelled together and budgets vary a lot. Is a week too long, and how do we stop money and plans becoming a source of arguments?",
    "Train or drive from London to the Lake District for a long weekend with two dogs?",
    "My partner makes spreadsheets for every holiday, with restaurants booked and museums timed to the hour. I like to wander and see where the day goes. Our last trip ended in a sulk on both sides. How do couples with opposite travel styles make it work?",
    "Is it worth taking a day off for a Friday to Monday trip, or are two-night weekends away just exhausting?",
    "We're taking my dad to Rome for his 78th birthday. He's sharp and keen, but he has a bad knee and can only manage about twenty minutes of walking before he needs a sit-down. How do we see the big sights without wearing him out?",
    "Sofa bed or a proper sofa plus an air mattress for guests who come maybe four times a year?",
    "Over-ear noise-cancelling headphones or earbuds for a noisy hour-long train commute?",
    "Refurbished MacBook straight from Apple or a brand new Windows laptop for the same money?",
    "What kind of tablet makes sense for a 6-year-old, or should we skip it entirely?",
    "Are MIPS bike helmets worth paying extra for?",
    "is a bread machine worth it or does it end up at the back of the cupboard",
    "Lease or buy a new car if I only drive about 8,000 miles a year?",
    "I need a new phone. Last year's flagship at a discount, or this year's mid-range model for roughly the same price? Which usually lasts better?",
    "Leather or fabric sofa if we have two cats who love to scratch?",
    "I go through about three cheap umbrellas a winter. Is a £50 windproof one actually worth it?",
    "Is a cordless stick vacuum good enough to be the only vacuum in a three-bedroom house?",
    "gas or charcoal barbecue for someone who grills about once a week in summer",
    "Cheap ring light or a better webcam if I want to look less grim on work video calls?",
    "I bake celebration cakes to order from my home kitchen, about ten a week. My old oven cooks unevenly, so I have to turn every tin halfway through. Would a fan oven be worth the upgrade, or is the money better spent elsewhere in the business?",
    "Merino wool or synthetic base layers for winter hillwalking?",
    "should i get a smartwatch if i already track my runs with my phone",
    "Dip pen or brush pens for getting started with calligraphy?",
    "I want to start bullet journaling but I'm not remotely artistic. Is it still worth trying?",
    "Is beekeeping realistic in a suburban back garden when the neighbours are quite close?",
    "As a beginner, should I learn chess openings or focus on tactics puzzles?",
    "I'm 38 and I sing constantly in the car and the shower. There's a community choir near me that rehearses on Tuesday evenings, but I can't read music at all. Will that hold me back, or do most people learn by ear?",
    "Freshwater or saltwater aquarium for someone who's never kept fish before?",
    "geocaching with kids, is it fun or just wandering around staring at your phone",
    "My friends have asked me to run a Dungeons & Dragons game. I've played for two years but never been the dungeon master, and two of the group have never played at all. Should I write my own adventure or use a published one?",
    "hand tools or power tools for getting into woodworking in a small garage",
    "I'm starting a book club with some neighbours. There are seven of us, and our tastes range from crime thrillers to literary fiction. A couple of people are worried they won't finish a whole book every month. Should we all read the same book, or read whatever we like around a theme?",
    "Is a cheap sewing machine fine for a beginner, or will it just frustrate me into quitting?",
    "I've played guitar for fifteen years, but only ever alone in my bedroom. A local covers band is looking for a rhythm guitarist and I'm terrified. Should I audition anyway?",
    "Reflector or refractor telescope for looking at planets from a city back garden?",
    "Is it worth buying a pottery wheel for home or should I keep paying for studio time?",
    "For a beginner birder, is it better to join a local group or go out alone with an identification app?",
    "Is it mean to put a bell on my cat's collar so she can't catch birds?",
    "Should I bring a kitten home when I already have a 12-year-old cat, or will it stress her out?",
    "Leopard gecko or bearded dragon as a first reptile for a 10-year-old?",
    "should i shave my husky in summer to help him stay cool",
    "Is keeping a goldfish in a bowl actually cruel?",
    "We're driving 1,200 miles to our new house with two cats who howl in the car. Is it better to do it in one long day or split it with a hotel night? And how do we handle litter trays on the way?",
    "my cat shreds the sofa no matter how many scratching posts we buy. are those soft nail caps a good idea",
    "Rabbit or guinea pig for a family with a 5-year-old and a 7-year-old?",
    "My elderly neighbour can't walk her terrier much anymore and asked if I'd take him out sometimes. I'd love to, but I work long hours. How do I offer a realistic amount of help without overcommitting?",
    "should we let our new puppy on the sofa or is that a habit we'll regret",
    "Is peel-and-stick wallpaper any good for a rented flat, or does it take the paint off when you remove it?",
    "is a smart thermostat worth it in a one bedroom flat",
    "Should we replace our old single-glazed windows, or try secondary glazing first?",
    "artificial grass or a real lawn for a small garden with a dog",
    "Open shelving in the kitchen: practical or just a dust magnet?",
    "Is underfloor heating in a bathroom worth the cost during a renovation?",
    "Swedish death cleaning or KonMari for someone who gets sentimental about everything?",
    "Ceiling fan or portable air conditioner for a top-floor bedroom that gets stuffy in summer?",
    "We're repainting our hallway. Matt or eggshell if two young kids touch the walls constantly?",
    "Our house is a 1930s semi with no wall insulation, draughty windows and a boiler that's 20 years old. If we can only afford one of those this year, which would you tackle first?",
    "is it worth getting a water butt for the garden or is it just a nice idea",
    "Should we put a rug under the dining table when our toddlers throw half their dinner on the floor?",
    "should i make my 4 year old say sorry when she clearly doesn't mean it",
    "is 7 too young for a first sleepover at a friend's house",
    "I'm Polish and my husband is English, and our son is due in May. Should each of us stick to our own language with him, or does it not really matter as long as he hears both?",
    "Our 8-year-old is starting to ask awkward questions about Santa, like how he fits down a chimney we don't have. Her little brother is 4 and still completely believes. Do we keep the story going for another year or tell her and ask her to keep the secret?",
    "Our son's birthday is in late August, so he'd be the youngest in his class by almost a year. Should we delay his school start?",
    "My 14-year-old wants to dye her hair bright blue. Is that worth a fight?",
    "Is it ever OK to read my 13-year-old's messages if I'm worried about who she's talking to?",
    "My ex and I have very different rules about bedtimes and screens at our two houses, and the kids have started playing us off against each other. How do we get on the same page when we don't get along?",
    "My toddler has a full meltdown every single time we leave the playground. What helps?",
    "How do I get my teenager to tell me about their day beyond 'fine'?",
    "my 5 year old has an imaginary friend who gets blamed for everything. do i play along",
    "My 9-year-old reads every night, but only comics and graphic novels. Her teacher hasn't said anything, but my mum keeps telling me she needs 'proper' books. Should I push her towards novels, or am I worrying about nothing?",
    "How do we tell our 6-year-old we're moving to another city without scaring her?",
    "Should we let our two teenagers each bring a friend on the family holiday?",
    "Pay off my car loan early or build up an emergency fund first?",
    "Does closing an old credit card I never use hurt my credit score?",
    "Are those apps that round up your purchases and save the spare change actually worth using?",
    "We have £10,000 in savings earning 4% and a mortgage at 2.5% fixed for three more years. The maths says keep the savings, but I'd love to owe less. Would you overpay anyway for peace of mind?",
    "Is it sensible to have a separate bank account just for bills?",
    "my friends keep suggesting pricey weekends away and i'm trying to save for a flat. how do i say no without looking stingy",
    "Should I use buy now, pay later for a $600 sofa if I could afford to pay for it outright?",
    "How much of an emergency fund do I need as a freelancer whose income goes up and down a lot?",
    "Is a financial planner worth paying for when you're 30 with a modest salary and no big assets?",
    "My wife and I are in our late sixties and comfortably off. Our son is 34, renting, and struggling to save a deposit. Should we give him a lump sum now, while it would really help, or keep it and leave more to him in our wills?",
    "I'm 22 and just started my first graduate job. My employer matches pension contributions up to 5%, but I'd rather have the extra cash now because I want to go travelling next year. Retirement feels a hundred years away. Am I being silly?",
    "Roughly how much of your salary is it sensible to spend on a car?",
    "Annual or monthly payment for subscriptions like streaming and gym memberships: which is usually smarter?",
    "do i really need a will if i'm 30 with no kids and no house",
    "Is it a good idea to keep a little cash at home in case the card machines go down?",
]


GENERAL = GENERAL_FACTS_A + GENERAL_FACTS_B + GENERAL_ADVICE


HOWTO = [
    "How do I fix a toilet that rocks a little when you sit on it?",
    "What's the best way to clear hair out of a slow shower drain without harsh chemicals?",
    "How do I get rid of the mildew smell in a front-loading washing machine?",
    "Is there an easy way to remove hard water spots from glass shower doors?",
    "How do I repair a small tear in a window screen?",
    "how do i stop condensation from building up on the inside of my windows every winter morning",
    "What's the best way to fix a sliding patio door that sticks and is hard to open?",
    "How do I adjust a door that won't latch unless I slam it?",
    "How do I balance a ceiling fan that wobbles on high speed?",
    "How do I replace the weatherstripping around my front door?",
    "How do I fill and sand nail holes before painting a wall?",
    "Is there an easy way to get a sweat stain out of a mattress?",
    "How do I replace the cabin air filter in my car?",
    "how do i clean the inside of my windshield without leaving streaks everywhere",
    "What's the safest way to get tree sap off my car's paint?",
    "Is there an easy way to pop a small dent out of a plastic bumper?",
    "How do I check the transmission fluid on an older car with an automatic gearbox?",
    "What's the fastest way to clear fogged-up car windows on a cold morning?",
    "How do I touch up a small paint chip on my car so it doesn't rust?",
    "How do I prune a rose bush in early spring?",
    "How do I start tomato and pepper seeds indoors under grow lights?",
    "What's the best way to keep rabbits out of my vegetable garden?",
    "how do i stop slugs from eating all my lettuce",
    "How do I plant a bare-root apple tree?",
    "How do I dig up and store dahlia tubers over the winter?",
    "What's the best way to get a clean edge on the lawn along a concrete path?",
    "How do I find the Wi-Fi password on a Windows laptop that's already connected?",
    "Is there an easy way to split a big PDF into separate files?",
    "How do I rename a few hundred photos at once on Windows?",
    "How do I get back a Word document I closed without saving?",
    "how do i clear the cache for just one website in chrome",
    "What's the best way to get Wi-Fi out to a shed at the bottom of my garden?",
    "How do I connect my Bluetooth headphones to my phone and laptop at the same time?",
    "How do I make a rag rug out of old T-shirts?",
    "How do I tie-dye a shirt with a spiral pattern?",
    "Is there an easy way to glue a finished jigsaw puzzle so I can frame it?",
    "How do I make beeswax food wraps at home?",
    "how do i make a french knot in embroidery without it turning into a tangle",
    "How do I sew a simple envelope-style pillow cover?",
    "What's the best way to carve a wooden spoon from a fresh branch as a beginner?",
]


CODE = [
    "Write a Python script that reads a .env file and loads each KEY=VALUE line into os.environ, skipping blank lines and lines starting with #.",
    "Write a Python class for a prefix tree with insert and a method that returns every stored word starting with a given prefix, for a search box autocomplete.",
    "Given a list of meetings as (start, end) pairs, write a Python function that returns the smallest number of meeting rooms needed so nothing overlaps.",
    "write a python script that uses Pillow to make 200px thumbnails of every jpg in a folder and save them into a thumbs subfolder",
    "Write a Python function that turns a byte count into a human-readable string, so 1536 becomes '1.5 KB' and 3221225472 becomes '3.0 GB'.",
    "Implement a token bucket rate limiter class in Python with an allow() method that returns True or False.",
    "Write Dijkstra's shortest path in Python for a graph stored as a dict of dicts of edge weights, and return the actual path, not just the distance.",
    "How do I set up Python's logging module so DEBUG messages go to a file but only WARNING and above show in the console?",
    "Me and three friends went on a trip and everyone paid for different things. Write a Python function that takes who paid how much and works out who should send money to whom so everyone's even, with as few transfers as possible.",
    "can you show me a small example of typing.Protocol in python and how it's different from just using an abstract base class",
    "Write a Python function that loads settings from a YAML file and fills in anything missing from a dict of defaults, including nested keys.",
    "With matplotlib, plot monthly rainfall for two cities on the same line chart with a legend, axis labels and a title, and save it as a PNG.",
    "I have a function that calls requests.get and returns the 'temp' field from the response. How do I unit test it with unittest.mock so it never hits the network?",
    "how do i run a shell command from python, get its output as a string, and kill it if it takes more than 10 seconds",
    "python: given a string like '3d4h15m', return the total number of seconds",
    "Write a Python script that finds every TODO comment in the .py files of a project and prints the file, line number and comment text.",
    "Write a Python function that evaluates a simple arithmetic expression string with +, -, *, / and parentheses, without using eval.",
    "Write JavaScript that loads more posts when the user scrolls to the bottom of the page, using IntersectionObserver instead of a scroll listener.",
    "Write a JavaScript function that parses a CSV string into an array of objects using the first line as keys. Fields in double quotes can contain commas.",
    "Write a small typed event emitter in TypeScript where on('login', handler) only accepts a handler with the right payload type for that event.",
    "write a memoize function in js that caches results by argument, using a Map",
    "Write a JavaScript helper withTimeout(promise, ms) that rejects with an error if the promise hasn't settled in time. I think Promise.race is the trick?",
    "In Node.js, how do I read a 2 GB log file line by line with readline and count the lines that contain 'timeout'?",
    "Write a TypeScript DeepReadonly<T> type that makes every nested property readonly, arrays included.",
    "Write a React custom hook useLocalStorage(key, initialValue) that works like useState but saves the value in localStorage.",
    "I have a search box that fetches results on every keystroke and old responses sometimes overwrite newer ones. How do I cancel the previous fetch with AbortController?",
    "In PostgreSQL, how do I get the median salary for each department from employees(dept, salary)?",
    "Our invoices table has an id column that's supposed to go 1, 2, 3 without gaps. Write SQL that lists the missing numbers.",
    "write a sql query for a 7 day rolling average of daily active users from a table events(user_id, event_date)",
    "How do I insert a row in PostgreSQL, or update it if a row with the same email already exists?",
    "Given users(id, signup_date) and logins(user_id, login_date), write SQL that shows, for each signup week, what percentage of users logged in again during the following week.",
    "Write a SQL query that finds hotel bookings that overlap for the same room, from bookings(id, room_id, check_in, check_out).",
    "write a bash command to find and delete all empty directories under the current folder",
    "Write a bash function that runs a command and retries it up to 5 times, waiting a few seconds longer after each failure.",
    "Show me how to use getopts in a bash script that accepts -v for verbose and -o followed by an output file name.",
    "bash: rename every file in a folder so spaces in the name become underscores",
    "From an nginx access.log, how do I list the 10 IP addresses that made the most requests, using standard command-line tools?",
    "A lot of bash scripts start with set -euo pipefail. What does each part do, and should I always use it?",
    "How can I compare two folders from the terminal and list the files that only exist in one of them?",
    "Write a Rust struct for an amount of money in cents and implement Display so it prints like $12.05.",
    "Using serde in Rust, how do I read a JSON file into a struct with name, age and an optional email field?",
    "In Rust, what's the difference between Option and Result, and what does the ? operator actually do?",
    "Write a Go worker pool: 3 goroutines pull jobs from a channel, square the number, and send results back on another channel.",
    "How do I make an HTTP request in Go that gives up after 2 seconds using context.WithTimeout?",
    "in go what do the json:\"name,omitempty\" tags on struct fields do",
    "Write a table-driven test in Go for a function Add(a, b int) int.",
    "Write a C dynamic array of ints that doubles its capacity with realloc when it fills up, with push and free functions.",
    "Show me how to set, clear, toggle and check a single bit in an unsigned int in C using bitmasks.",
    "Write a Java method that looks up a user by id and returns an Optional<User>, and show how the caller should use it without calling get().",
    "In Java, how do I run two API calls at the same time with CompletableFuture and combine their results when both finish?",
    "Write an accessible modal popup with the HTML dialog element: a button opens it, Escape or a Close button shuts it.",
    "css: cut a paragraph off after two lines and add ... at the end",
    "How do I add a dark theme to my site that follows the user's system setting, using CSS variables and prefers-color-scheme?",
    "I set z-index: 9999 on my dropdown menu and it still shows up behind another section of the page. Why?",
    "Write a regex that matches semantic version numbers like 1.4.2 or 2.0.0-beta.3 but not 1.4 or 01.2.3.",
    "regex to match a MAC address like 00:1A:2B:3C:4D:5E, with either colons or dashes",
    "How do I use a regex lookbehind to grab the numbers after a dollar sign in 'Total: $45.99, tax $3.10' without including the $?",
    "I ran git add . by accident and staged a bunch of files I didn't mean to. How do I unstage them without losing my edits?",
    "Something broke between last week's release and now, and there are about 80 commits in between. How do I use git bisect to find the one that did it?",
    "i deleted a git branch with -D and then realised it had work i needed. is there any way to get it back",
    "What's the difference between git reset --soft, --mixed and --hard?",
    "How do I change the commit message of a commit that's two commits back, which I haven't pushed yet?",
    "What's the difference between a mutex and a semaphore?",
    "concurrency vs parallelism, are they the same thing or not",
    "What does big-endian vs little-endian mean, and when would I as a programmer ever notice?",
    "Can you explain SQL injection with a small example, and how parameterized queries stop it?",
    "Why should passwords be hashed with something like bcrypt instead of encrypted, and why not just use SHA-256?",
    "what's a webhook, explain it like i've only ever called apis the normal way",
    "When would you use WebSockets instead of just polling an API every few seconds?",
    "In package.json, what's the difference between \"^1.2.3\" and \"~1.2.3\" for a dependency version?",
    "This binary search hangs forever on some inputs. Where's the bug?\n\ndef find(nums, target):\n    lo, hi = 0, len(nums) - 1\n    while lo < hi:\n        mid = (lo + hi) // 2\n        if nums[mid] < target:\n            lo = mid\n        else:\n            hi = mid\n    return lo",
    "Every Team I create ends up with everyone's members in it. What's going on?\n\nclass Team:\n    members = []\n\n    def add(self, name):\n        self.members.append(name)\n\na = Team()\nb = Team()\na.add('Ana')\nprint(b.members)",
    "Can you explain what the key does here? I don't get the minus sign.\n\nranked = sorted(people, key=lambda p: (-p['age'], p['name']))",
    "Why does this always show the empty message, even when there are items?\n\nif (items.length = 0) {\n  showEmpty();\n} else {\n  renderList(items);\n}",
    "'all saved' prints before any of the saves finish. Why, and how do I wait for them?\n\nids.forEach(async (id) => {\n  await saveRecord(id);\n});\nconsole.log('all saved');",
    "Can you explain this line of JavaScript? I've never seen ?. or ?? before.\n\nconst city = user?.address?.city ?? 'Unknown';",
    "I want every customer, even ones with no shipped orders, but the ones without orders disappear. Why?\n\nSELECT c.name, o.id\nFROM customers c\nLEFT JOIN orders o ON o.customer_id = c.id\nWHERE o.status = 'shipped';",
    "my bash script says 'name: command not found' on the first line, what's wrong\n\nname = \"bob\"\necho \"hello $name\"",
    "This C function says every array has 2 elements. Why?\n\nint sum(int arr[]) {\n    int n = sizeof(arr) / sizeof(arr[0]);\n    int total = 0;\n    for (int i = 0; i < n; i++) total += arr[i];\n    return total;\n}",
    "What does this Go code print, and why in that order?\n\nfor i := 0; i < 3; i++ {\n    defer fmt.Println(i)\n}\nfmt.Println(\"done\")",
    "Can you walk me through what this Rust line does?\n\nlet nums: Vec<i32> = input.split(',').filter_map(|s| s.trim().parse().ok()).collect();",
    "Convert this Python to Go:\n\ndef word_counts(text):\n    counts = {}\n    for word in text.lower().split():\n        counts[word] = counts.get(word, 0) + 1\n    return counts",
    "Could you turn this shell pipeline into a Python script? I want to understand each step.\n\ntail -n 1000 app.log | grep ERROR | cut -d' ' -f1 | sort | uniq -c | sort -rn",
    "My average always comes out as a whole number in Java. What am I missing?\n\nint sum = 17;\nint count = 4;\ndouble avg = sum / count;\nSystem.out.println(avg);",
    "TypeScript says \"Object is possibly 'undefined'\" on this line. What's the right way to handle it?\n\nconst name = users.find(u => u.id === id).name;",
    "Why is my box wider than its parent? I set width to 100%.\n\n.card {\n  width: 100%;\n  padding: 20px;\n  border: 1px solid #ccc;\n}",
    "Can you break down this regex for me piece by piece?\n\n^(?!.*\\.\\.)[a-z0-9._]{3,20}$",
    "Add TypeScript types to this function:\n\nfunction applyDiscount(cart, percent) {\n  return cart.map(item => ({ ...item, price: item.price * (1 - percent / 100) }));\n}",
    "what does this python do exactly, a coworker wrote it and i can't follow it\n\nfrom itertools import groupby\nfor size, grp in groupby(sorted(words, key=len), key=len):\n    print(size, list(grp))",
    "this go code prints 0 1 2 and then crashes with 'fatal error: all goroutines are asleep - deadlock!' and i dont get why\n\nch := make(chan int)\ngo func() {\n    for i := 0; i < 3; i++ {\n        ch <- i\n    }\n}()\nfor v := range ch {\n    fmt.Println(v)\n}",
]


MATH_FORMS = [
    "{n} has a $150 gift card and buys {c} notebooks at ${b}.{e} each plus a pen set for ${c2}. How much is left on the card?",
    "An electric car has a {e} kWh battery and uses 1{c} kWh per 100 km. How far can it go on a full charge, and what does it cost to charge it from 10% to 80% if electricity is {a} cents per kWh?",
    "A chicken needs 20 minutes of roasting per 500 g plus an extra 20 minutes, then 15 minutes of resting. If the chicken weighs 1.{c} kg and the meal is served at {c2}:30, what time should it go in the oven?",
    "A soccer team finished the season with {b} wins, {c} draws and {c2} losses. With 3 points for a win and 1 for a draw, how many points did they get, and how many points per game is that?",
    "{n} puts ${d}0 into a savings account at the start of every year, and the account pays {c}% interest a year, compounded yearly. How much will be in it after {b} years, and how much of that is interest?",
    "A living room is {c2} m by {b} m. What percentage of the floor does a round rug with a diameter of 1.{c} m cover?",
    "Two friends start at the same spot on a {d}0 m circular track and walk in opposite directions, one at {c} km/h and the other at {b} km/h. After how many minutes do they first meet, and how far has each one walked?",
    "{n}'s rent is ${d}0 a month and goes up by {c}% every year. What will the monthly rent be in {b} years, and how much more per year is that than now?",
    "Canned tomatoes cost $1.{e} each, and the store has a buy 3, get 1 free offer. How much does {n} pay for {b4} cans, and what is the effective discount as a percentage?",
    "{n} stays {c} nights at a hotel that charges ${d} a night, plus {b}% tax on the room rate and a one-time ${e} cleaning fee. What is the total bill, and what is the average cost per night?",
    "A cake recipe is written for a 20 cm round tin. By what factor should I scale the ingredients to bake it in a 2{c} cm square tin of the same depth?",
    "A league has {b2} teams, and every team plays every other team twice, once at home and once away. How many matches are there in a season, and if {c} matches are played each weekend, how many weekends does the season take?",
    "{n} wants to re-turf an L-shaped lawn: a {b2} m by {c2} m rectangle with a {b} m by {c} m piece missing from one corner. Turf costs ${c}.{e} per square meter. How much will it cost?",
    "How much time does {n} save on a {d}-mile highway drive by going 7{c} mph instead of 65 mph?",
    "A bread recipe uses baker's percentages: flour 100%, water 6{c}%, salt 2% and yeast 1%. How much of each do you need for a loaf made with {b}00 g of flour, and how heavy is the dough in total?",
    "{n} buys a ${c}.{e} coffee every workday. How much is that over a year of 48 five-day working weeks? If {n} bought a ${d}0 espresso machine instead and made coffee at home for 40 cents a cup, after how many workdays would the machine pay for itself?",
    "{b} friends are splitting the gas for a {d}-mile road trip in a car that gets {e} miles per gallon. If gas is $3.{c}9 a gallon, what is the total fuel cost and what does each person pay?",
    "A raised garden bed is {b} feet long, {c2} feet wide and {b2} inches deep. How many cubic feet of soil does it take to fill, and how many 1.5 cubic foot bags should I buy?",
    "{n} is {e} years old. Using the rule of thumb that maximum heart rate is 220 minus your age, what heart rate range is 60% to 70% of {n}'s maximum?",
    "{n}'s steps are about 7{c} cm long. How many steps does it take to walk {b} km, and how many minutes is that at a pace of 100 steps a minute?",
]


math_prompts = word_problems(MATH_FORMS, MATH_NAMES)


LISTS = [
    "List 8 everyday English words that came from Hindi or Urdu.",
    "list some animals that can regrow lost body parts",
    "What are five common logical fallacies, with a one-line example of each?",
    "Name 8 inventions that came from ancient China.",
    "Give me 12 'would you rather' questions for a long family dinner.",
    "List 7 vegetables that grow well in a shady garden.",
    "name some women scientists from before 1900 who don't get enough credit",
    "Give me 10 Python built-in functions every beginner should know.",
    "List 6 SQL commands a beginner should learn first, with what each does.",
    "What are 5 signs an email is a phishing attempt?",
    "Give me 9 names for a rescue greyhound that suit a gentle, lazy dog.",
    "List 8 famous paintings from the Dutch Golden Age.",
    "what are five greek gods and what were they in charge of",
    "Give me 10 ideas for a teenager's first summer job.",
    "List 7 rivers that flow through more than three countries.",
    "Name 6 board games that two players can finish in under 30 minutes.",
    "give me 8 questions to ask a new neighbour so we actually get to know each other",
    "List 10 kitchen tools a first-time cook actually needs.",
    "What are 6 everyday items that were invented by accident?",
    "Give me 12 names for a small independent bookshop.",
    "list 10 things to do on a rainy day with a 4 year old",
    "Name 7 constellations you can see from the Northern Hemisphere in winter.",
    "Give me 5 quick warm-ups to do before a singing lesson.",
    "List 9 houseplants that are safe for cats.",
    "What are 8 questions to ask a wedding photographer before booking?",
    "Give me 10 prompts for a five-minute daily journal.",
    "List 6 ways to save money on a weekly food shop.",
    "name 10 songs from the 80s that always get people dancing at a wedding",
    "Give me 7 plants that attract bees and butterflies to a small garden.",
    "List 8 short story collections for someone who says they don't have time to read.",
    "What are five famous lighthouses and why are they well known?",
    "Give me 10 team names for a charity five-kilometre fun run.",
    "List 6 things to check before signing a gym membership contract.",
    "give me 15 one-word writing prompts for a daily sketch challenge",
    "Name 8 foods that are high in iron for a vegetarian.",
    "List 7 chess principles every beginner should follow.",
    "What are 6 good hobbies for someone who works from home and needs to get out of the house?",
    "Give me 10 fun facts about octopuses for a kids' science club.",
    "List 5 mistakes people make when hanging pictures on a wall.",
    "Give me 8 mocktail ideas for a summer party.",
]


WRITING = [
    "Write an email to our wedding venue, Larkspur Barn, asking whether dogs are allowed at the ceremony, because we'd love our corgi Mochi to walk down the aisle with the rings.",
    "text to my carpool group saying my car's in the shop this week so i can't drive on wednesday, and asking if anyone can swap days with me",
    "Write an email to my manager asking to work a compressed four-day week, Monday to Thursday, for July and August so I can take my dad to his physical therapy appointments on Fridays.",
    "Write a Facebook Marketplace message offering $140 instead of the listed $180 for a used rowing machine, and asking if I could pick it up Sunday afternoon with my brother's truck.",
    "Write an out-of-office reply for my two weeks of paternity leave, starting May 5. Billing questions should go to Priya Nair, and anything else can wait until I'm back.",
    "Draft an email to the parents of my under-10 soccer team with the season plan: practice Tuesdays at 5:30 at Fairview Park, games on Saturday mornings, and I need one volunteer to run the snack rotation.",
    "write a quick note for the babysitter: ella (6) gets one story and her nightlight, sam (3) needs his stuffed giraffe and the door left open, both in bed by 7:30, pizza money is on the counter",
    "Write a polite email to a client who is now 45 days late paying a $2,300 invoice for logo design work. It's my second reminder, so it should be firmer than the first.",
    "Write a short poem about the sound of rain on the tin roof of my grandparents' farmhouse in Kentucky.",
    "write 4 haiku about a commuter ferry crossing the harbor in thick fog",
    "Write a sonnet for my wife for our 25th anniversary. We met in 1999 working the shoe counter at a bowling alley in Duluth.",
    "Write a funny rhyming poem about my two-year-old's war against wearing socks.",
    "Write a short, gentle poem I could read at the scattering of my grandfather's ashes at the lake where he taught me to fish.",
    "Write a toast for my grandmother's 90th birthday. She drove a school bus for 30 years, knows every kid in town by name and still beats all of us at Scrabble.",
    "Write a toast for the bride's sister to give at the reception. The couple met when he backed into her car in a Trader Joe's parking lot and left a very apologetic note.",
    "Give me a short toast for the retirement lunch of Phil, our school's custodian for 28 years, who fixed everything from leaky roofs to broken hearts.",
    "Write a product description for a hand-thrown stoneware mug that holds 14 ounces, is dishwasher safe and comes in a speckled oatmeal glaze. Each one is made by a single potter in Taos, New Mexico.",
    "Write an online shop description for a reflective LED safety vest for night runners. It charges over USB, stays lit for 8 hours and weighs less than an apple.",
    "write a menu description for our new brunch dish: sweet potato hash with chorizo, a fried egg and quick-pickled red onions",
    "Write a listing giving away a free 1960s Baldwin upright piano, tuned last year, to anyone who can move it out of a second-floor apartment.",
    "Write a cover letter paragraph explaining a two-year gap on my resume while I cared for my mother after her stroke. I'm applying for an office manager job at a dental practice.",
    "I'm applying to be a seasonal ranger at Great Smoky Mountains National Park. Give me a strong first paragraph for the cover letter; I grew up camping there every summer and just graduated in environmental science.",
    "Write one paragraph for my cover letter that shows how ten years as a restaurant server prepared me for a customer success role at a software company.",
    "Write a paragraph for my cover letter explaining why I'm switching from accounting to teaching high school math after 12 years.",
    "Write a LinkedIn post announcing that after nine years in commercial banking, I've quit to open a bicycle repair shop in my hometown.",
    "write a tweet saying our bakery is closed monday because of a plumbing disaster, keep it light and say sorry",
    "Write an Instagram post for our yoga studio's fifth birthday, inviting everyone to a free community class in the park on Saturday at 10 am.",
    "Write a neighborhood post asking if anyone has seen our gray tabby, Pickles, who slipped out on Elm Drive last night. He's microchipped and very shy, so please don't chase him.",
    "Write a Facebook post for the Millford Volunteer Fire Department's pancake breakfast on Sunday, March 16, 7 to 11 am at the station. $8 adults, kids under 10 free.",
    "Rewrite this paragraph so it's clearer and less wordy. It's for a museum wall label:\n\n\"This particular object, which is a ceremonial drinking horn that was in all likelihood produced at some point during the tenth century by craftspeople who were working in the region that is known today as southern Sweden, is notable for the fact that it features extremely intricate decorative carvings that depict a number of animals, both real and mythological.\"",
    "Can you make this paragraph from our staff newsletter sound more upbeat? \"The cafeteria will be closed for renovations for six weeks starting June 2. During this time there will be no hot food available on site. Staff will need to bring their own lunch or go off site. Vending machines will remain available in the lobby.\"",
    "fix the tone of this, it sounds passive aggressive and i don't want to start a fight: \"As I already mentioned in my last three emails, the shared drive is for finished files only. I'm sure everyone is very busy but it would be great if people could actually read what I send.\"",
    "Rewrite this paragraph from our grant application in plain English that a local newspaper reader would understand: \"The initiative will leverage cross-sector partnerships to facilitate the co-production of community-led interventions addressing food insecurity among underserved populations, thereby enhancing resilience and fostering sustainable outcomes.\"",
    "Make this review less angry but keep the main complaints: \"WORST. HOTEL. EVER. The room was FILTHY, the AC didn't work, and the guy at the front desk literally laughed when I complained. Do NOT stay here unless you enjoy sweating all night in someone else's hair.\"",
    "Rewrite this so it sounds like a friendly message to a 7-year-old instead of a rule sheet: \"Swimming pool rules: No running. No diving in the shallow end. Shower before entering the pool. Children under 8 must be accompanied by an adult at all times.\"",
    "Write the first paragraph of a mystery novel set on a cargo ship crossing the Pacific, where the ship's cook is found missing on the fourth morning.",
    "Write an opening scene for a fantasy story about a girl who inherits her grandmother's map shop and discovers the maps redraw themselves every night.",
    "Start a western for me: a traveling dentist rides into a dusty town where nobody ever smiles.",
    "Write the first 200 words of a cozy mystery in which a knitting circle finds a clue stitched into a sweater donated to the church rummage sale.",
    "write the opening of a short story narrated by a smart fridge that slowly realizes the family is moving out and leaving it behind",
    "write a text to my mom explaining i can't come home for easter this year because of work, without making her feel bad",
    "Write a message to my friend Ana, whose dog Bruno died yesterday. She had him for 14 years, since before she moved to Denver.",
    "Write a short condolence note for our elderly neighbor whose wife of 50 years died last week. We mostly just waved over the fence, but she always left us tomatoes from her garden.",
    "Write a polite message turning down my friend's request to be a bridesmaid at her destination wedding in Tulum, because I honestly can't afford it.",
    "Help me write a short eulogy for my uncle Walt, a volunteer firefighter for 40 years and the worst golfer in three counties, who made everyone laugh.",
    "Write a two-minute acceptance speech for the Most Improved Bowler award at my league's end-of-season banquet. My average went from 98 to 151.",
    "Write a short pep talk I can read to my 17-year-old students the day before their final exams. They're stressed about college admissions.",
    "Write a back-cover blurb for my self-published fantasy novel about a retired dragon who opens a tea shop in a small mountain village and just wants some peace.",
    "write a birthday card message for my 8 year old nephew who is obsessed with steam trains",
    "Write a 100-word description for the website of our family-run campsite in the Lake District: 40 pitches, a river for paddling, a small shop with fresh bread every morning, and dogs welcome.",
]


SUMMARY = [
    ("tl;dr pls\n\n"
     "ASHCOMBE — Repairs to the Victorian bandstand in Ashcombe's Memorial Park have been put on hold after a vixen and four cubs were found living underneath its wooden platform.\n\n"
     "Contractors from Drayton Restoration arrived on Monday to begin a £62,000 project to replace rotten floorboards, repaint the ironwork and fix the leaking roof. The bandstand has been closed to the public since a storm damaged it last November. Within an hour of starting, a worker lifting a loose board spotted the den.\n\n"
     "\"We heard squeaking and thought it was rats,\" said site manager Colin Fairweather. \"Then a very small, very cross face looked up at us.\"\n\n"
     "Foxes are not a protected species, but the parish council's own wildlife policy says dens with young cubs should not be disturbed. Councillors held an emergency meeting on Tuesday and agreed to pause the work until the cubs are old enough to leave, which the local charity Vale Fox Watch expects to be in mid-July.\n\n"
     "The delay means the bandstand will not be ready for the summer concert season, which usually starts in June. The Ashcombe Silver Band will instead play its Sunday afternoon concerts on the steps of the cricket pavilion.\n\n"
     "Council chair Maureen Lyle said the contractor had agreed to come back in late July at no extra charge, although the final bill could rise a little if the price of timber goes up in the meantime.\n\n"
     "The foxes have already drawn small crowds. Visitors are asked to stay behind the temporary fencing, keep dogs on leads and not leave food out, because the cubs need to learn to find their own."),
    ("KILLOCH SOUND — For the first time in almost three years, islanders on Inchmurran will be able to get to the mainland without booking a seat on a fishing boat, after a new electric ferry entered service on Friday.\n\n"
     "The old diesel ferry, the Morag Ann, was taken out of service in the spring of 2022 when inspectors found serious corrosion in her hull. Since then the 140 residents of Inchmurran have relied on a temporary arrangement with two local fishermen, who carried up to ten passengers at a time, twice a day, weather permitting. Cars, livestock and heavy goods had to wait for a landing craft that came once a fortnight.\n\n"
     "The replacement, named the Sula, cost £7.4 million and was built at a yard in Norway. She carries 60 passengers and 12 cars and makes the 20-minute crossing eight times a day in summer and six in winter. Her batteries are charged overnight from a new connection at Killoch pier, and the operator says running costs will be around 40 per cent lower than the old ship's.\n\n"
     "Islanders say the gap hit them hard. The island's primary school lost two families who moved to the mainland, and the only shop had to cut its opening hours because deliveries were so unreliable.\n\n"
     "\"It's been like living with one arm tied behind your back,\" said crofter Euan MacRae, who drove his pickup off the first sailing to cheers from the pier.\n\n"
     "Fares are unchanged at £3.20 for a foot passenger and £14 for a car, and residents can buy a book of 20 tickets at half price.\n\n"
     "Summarize this in 3 bullet points."),
    ("what's the main point of this? someone shared it in our street's group chat\n\n"
     "A fridge full of free food has appeared outside St Aidan's church hall on Corbett Road, and organisers say anyone can help themselves — no questions asked, no forms to fill in.\n\n"
     "The Corbett Road Community Fridge opened on 1 March and is run by a team of 25 volunteers from the Westfield Residents' Association. It is stocked with surplus food donated by two supermarkets, a bakery and a market stall, along with anything local people want to drop off, as long as it is sealed and within its use-by date.\n\n"
     "In its first month, volunteers say the fridge handed out more than 1.6 tonnes of food that would otherwise have been thrown away. Bread, yogurts, salad and fruit go fastest; the bakery's unsold pastries are usually gone within 20 minutes of arriving at 5 pm.\n\n"
     "Coordinator Priti Shah, a retired school cook, said the project was about waste as much as hunger. \"People think a community fridge is only for people who are struggling, and it is for them,\" she said. \"But it's also for the student who fancies a free loaf, or the family who bought too many carrots. If it gets eaten, we've won.\"\n\n"
     "The fridge is checked and cleaned twice a day, and the temperature is logged, to meet food hygiene rules. Raw meat, fish, homemade food and alcohol cannot be accepted.\n\n"
     "The team is looking for more volunteers, particularly people with a car who can collect donations on weekday evenings. Anyone interested can email fridge@westfieldra.org."),
    ("I'm a policy officer at the county council. Give me a one-paragraph summary of this for my boss before tomorrow's meeting with the residents' group.\n\n"
     "BRAMWICK — Most streetlights in Bramwick and its surrounding villages will be switched off between midnight and 5 am from October, under plans approved by the county council's cabinet on Wednesday.\n\n"
     "The council says the change will save about £410,000 a year in electricity and cut carbon emissions from street lighting by around a third. It follows a rise of nearly 60 per cent in the council's energy bills over the past three years.\n\n"
     "Not every light will go dark. Lights will stay on all night in town centres, at major road junctions, at pedestrian crossings, near hospitals and care homes, and in places where police have identified a crime problem. Around 9,000 of the county's 23,000 streetlights will be affected.\n\n"
     "Council leader Graham Whitlock said similar schemes elsewhere had not led to more crime or road accidents. \"We have looked closely at the evidence from councils that did this ten years ago,\" he said. \"We would not be doing it if we thought it would put people at risk.\"\n\n"
     "But the Bramwick Residents' Forum has collected 1,300 signatures against the plan. Its chair, Lorna Pickering, said shift workers, particularly nurses walking home from the hospital's night shift, had told her they felt unsafe. \"Statistics are all very well,\" she said, \"but you try walking down Mill Lane at 1 am in pitch darkness.\"\n\n"
     "The council has promised to review the scheme after 12 months and says residents can ask for individual lights to be kept on by contacting their local councillor."),
    ("THORNBY — A wedding ring lost in a potato field in 1983 is back on its owner's finger after a metal detectorist dug it up last weekend, 42 years after it went missing.\n\n"
     "Eileen Harcourt, now 81, lost the gold band while helping her husband, Stan, pick potatoes on their farm outside Thornby. She had taken her gloves off to wipe her face and felt the ring slip off her cold finger. The couple searched the rows for days, and Stan later went over the field with a borrowed detector, but the ring was never found.\n\n"
     "The farm was sold in 1996, after Stan's death. Last Saturday, Neil Oduya, a member of the Thornby and District Detecting Club, was searching the same field with the current farmer's permission when his machine gave a strong signal about 20 centimetres down.\n\n"
     "\"I thought it would be a ring pull or a bit of tractor,\" he said. \"Then I saw gold.\" Inside the band were the engraved initials E.H. and S.H. and a date, 14.6.61.\n\n"
     "Mr Oduya posted a photo on a local history page online, and within three hours, Mrs Harcourt's granddaughter had recognised the initials.\n\n"
     "The ring was returned to Mrs Harcourt at her home on Tuesday. \"I cried, I'm not ashamed to say,\" she said. \"Stan always said it would turn up one day. He was right about most things.\"\n\n"
     "Club members say rings are among the most common finds on farmland, but reuniting one with its owner is very rare. Mr Oduya refused a reward and asked the family to give a donation to the local air ambulance instead.\n\n"
     "can you explain this to my 10 year old? she loves stories like this"),
    ("Introducing Mulchly: kitchen scraps to garden food in 48 hours\n\n"
     "Today we're launching Mulchly, a countertop food recycler that turns your fruit peels, coffee grounds, eggshells and leftovers into dry, odour-free soil food in about two days.\n\n"
     "Traditional composting takes months and needs a garden, a bin and a bit of patience. Mulchly is built for flats and small kitchens. You drop your scraps into the 3-litre bucket through the day, close the lid and press one button. Inside, a slow grinder and gentle heat break the food down and dry it out, while a carbon filter traps smells. What comes out is about a tenth of the original volume and can be mixed straight into pots, raised beds or lawns.\n\n"
     "Mulchly can handle cooked food, small bones and even a little meat or dairy, which most home compost heaps can't. It can't take large bones, fruit stones such as mango or avocado, oil or liquids.\n\n"
     "It runs at 38 decibels, about as loud as a library, and uses roughly 0.8 kWh per cycle. The carbon filter needs replacing every three to four months; a two-pack costs £18.\n\n"
     "Mulchly is 30 cm tall and comes in three colours: chalk, sage and charcoal. It costs £299, or £279 for anyone who pre-orders before 31 May, with free delivery in the UK and a two-year warranty. First units ship in the second week of June.\n\n"
     "We started Mulchly because we were fed up with throwing dinner into landfill. We hope you'll love it as much as our gardens do.\n\n"
     "— The Mulchly team, Bristol\n\n"
     "what does it do and how much is it? 3 bullets max"),
    ("Is this any good for an 8-year-old? Just summarize what it does and what it costs.\n\n"
     "Meet Pagewise Mini, the e-reader made for young readers\n\n"
     "Parents told us the same thing again and again: they wanted their children to read more on screens and scroll less. So we built Pagewise Mini, an e-reader for kids aged 6 to 12 that does one thing, and does it well.\n\n"
     "Pagewise Mini has a 6-inch E Ink screen that looks like paper, so there's no glare and no blue light at bedtime. There is no web browser, no app store, no games and no adverts. Children can only open books that a parent has approved in the Pagewise Family app.\n\n"
     "It comes with 400 free classic and modern children's books, from picture books to chapter books, and any other e-book can be added from our store or from your local library through the Borrowbox service.\n\n"
     "Younger readers can tap any word to hear it read aloud and see a simple definition, and a built-in reading tracker awards badges for reading streaks. Parents can see how many minutes their child has read each day, but not what they've highlighted, because we think a reader's notes should stay private.\n\n"
     "The battery lasts up to six weeks on a single charge, and the rubber case survives a drop from 1.5 metres. It is also splash-proof, for those bath-time readers.\n\n"
     "Pagewise Mini costs $99 and comes in blue, orange and green. There are no subscriptions. It goes on sale on 15 August at pagewise.com and in selected bookshops, just in time for the new school year."),
    ("tl;dr\n\n"
     "Subject: CityCycle now has cargo bikes!\n\n"
     "Hi Ruth,\n\n"
     "Good news for everyone who's ever tried to carry a week's shopping home in a bike basket: from Monday 7 April, CityCycle is adding 150 electric cargo bikes to our network across Leeds.\n\n"
     "Our new cargo bikes have a large front box that holds up to 80 kg, so they're ideal for shopping, moving a few boxes, or carrying up to two children. Each box has a bench seat with two five-point harnesses and a fold-down rain cover. The electric motor helps you up to 15.5 mph, so even Headingley hill is manageable with a full load.\n\n"
     "How it works\n- Find a cargo bike in the CityCycle app. They're marked with a yellow box icon and live at 30 of our larger docking stations.\n- Before your first ride, you'll need to watch a four-minute safety video in the app. It's worth it: cargo bikes steer differently from normal bikes.\n- Cargo bikes cost £1 to unlock and 20p per minute. If you're on our Monthly or Annual plan, your first 30 minutes each day are included.\n- You can keep a cargo bike for up to four hours, and you must return it to a station with a yellow cargo bay.\n\n"
     "Children must be under 7 or weigh less than 25 kg to ride in the box, and helmets are strongly recommended. We'll have free kids' helmets to give away at Millennium Square on Saturday 12 April from 10 am.\n\n"
     "Happy riding,\nThe CityCycle team"),
    ("Hush 2 Sleep Earbuds: smaller, longer, quieter\n\n"
     "When we launched the first Hush earbuds two years ago, we promised side sleepers a way to block out snoring partners, noisy neighbours and early birds without waking up with sore ears. More than 200,000 of you have now tried them, and you sent us a lot of feedback. Hush 2 is the result.\n\n"
     "The biggest change is size. Hush 2 is 30% smaller than the original and sits almost flush with your ear, so you can lie on your side on a firm pillow without feeling pressure. We now include four sizes of soft foam tips instead of three.\n\n"
     "Battery life was your most common complaint. The first Hush lasted about eight hours, which wasn't enough if you like to fall asleep to a podcast. Hush 2 lasts up to 12 hours, and the case holds two more full charges.\n\n"
     "We've also improved noise masking. Instead of only playing our own soothing sounds, Hush 2 can now stream any audio from your phone over Bluetooth, and still switch to its built-in masking sounds when your playlist ends. A new sleep timer fades your audio out gradually.\n\n"
     "One thing hasn't changed: Hush 2 still has no microphone, so it can't take calls. We decided a smaller bud mattered more.\n\n"
     "Hush 2 costs $219, $30 more than the original. Owners of the first Hush can trade them in for $60 off until 30 November. Shipping starts on 4 November.\n\n"
     "I have the first ones. What's new in these and is there anything I'd lose? Short answer."),
    ("summarize this for me in 3 bullets, what do i actually need to do\n\n"
     "Subject: We're moving to the 4th floor — your move week guide\n\n"
     "Hi all,\n\n"
     "As many of you know, our lease on the 2nd floor ends this month, and the whole team is moving up to the newly refurbished 4th floor. Here's what you need to know.\n\n"
     "When: Movers will come on Friday 20 June from 2 pm. Please work from home on Monday 23 June, when IT will be setting up the new floor. The 4th floor opens for everyone on Tuesday 24 June.\n\n"
     "Packing: Crates will be delivered to your desk on Tuesday 17 June. Everyone gets two crates, so this is a good chance to clear out. Please label each crate with your name and the orange stickers provided, and have them packed by 1 pm on Friday. Anything left outside a crate will not be moved. Confidential papers should go in the locked grey bins, not the recycling.\n\n"
     "Desks: The 4th floor will use desk booking. There are 70 desks for 95 people, which works because most of us are in the office three days a week. You'll book a desk through the Deskly app, which you can download now. Each person will also get a personal locker; locker numbers will be emailed on Thursday.\n\n"
     "Screens and chairs: Monitors, keyboards and docking stations are already on every new desk, so please don't pack yours. If you have a special chair or desk for medical reasons, tell Jo in Facilities by Wednesday and we'll move it for you.\n\n"
     "Thanks for your patience. Coffee and pastries are on us on the first morning!\n\n"
     "Jo Williams\nFacilities Manager"),
    ("Subject: Action needed: we're switching to the Keyhold password manager\n\n"
     "Hi everyone,\n\n"
     "Over the next two weeks, every member of staff will be moved onto Keyhold, our new company password manager. This is part of the security improvements our insurers asked for after last year's audit.\n\n"
     "Why are we doing this? Right now, too many of our passwords live in browsers, notebooks and spreadsheets, and many are reused across several sites. If one of those sites is hacked, attackers can try the same password on our systems. Keyhold creates a long, random password for every account and remembers them for you, so the only password you need to remember is your Keyhold master password.\n\n"
     "What you need to do:\n1. Watch for an invitation email from Keyhold between 3 and 14 March. Your team's date is on the intranet.\n2. Follow the link, create a master password of at least 14 characters, and set up two-step login with the Microsoft Authenticator app you already use.\n3. Install the Keyhold browser extension. It will offer to import the passwords saved in your browser. Please say yes, then delete them from the browser.\n4. Attend, or watch the recording of, one of the 30-minute training sessions.\n\n"
     "Please don't write your master password down or share it with anyone, including IT. We can't see it and can't recover it, though we can reset your account if you get locked out.\n\n"
     "Also, heads up: we'll be sending a few fake phishing emails over the next month to see who clicks. If you're not sure, report it with the Report button in Outlook.\n\n"
     "Thanks,\nMarcus Lee, IT Security\n\n"
     "can you explain this like i'm not a tech person? what is this thing and what do i have to do"),
    ("I just got back from three weeks of leave. What's the main point of this email from my manager, and does it affect my work on the podcast?\n\n"
     "Subject: Q3 priorities: what's changing\n\n"
     "Hi team,\n\n"
     "Thanks for a great first half of the year. As you know, our budget for the second half came in lower than we'd hoped, after two of our biggest clients cut their spending. I've spent the last week with Hannah and the leadership team working out what that means for us, and I want to be upfront about it.\n\n"
     "The short version: we're going to do fewer things and do them better.\n\n"
     "What we're keeping: the client newsletter, the spring campaign refresh and the website relaunch, which is still on track for 15 September. These bring in the most new business, and they'll get most of our time.\n\n"
     "What we're pausing: the company podcast is going on hold after episode 24, which we'll publish as planned in July. We'll look at it again in January. The photo shoot for the new brand library is also postponed until next year; for now we'll keep using the current images.\n\n"
     "What we're stopping: we won't renew our paid social media scheduling tool when the contract ends in August. Priya has found a free alternative that does most of what we need.\n\n"
     "Nobody's job is affected by any of this. But some of you will be moving onto different projects. Tom and Aisha, you'll join the website team full-time from 1 July. I'll set up one-to-ones with each of you this week to talk it through.\n\n"
     "Thanks,\nRebecca"),
    ("Subject: Build Week is back — 9 to 13 June!\n\n"
     "Hi everyone,\n\n"
     "After a three-year break, Build Week is back. For five days in June, normal work stops (as much as possible) and everyone gets to build something they think would make our product or our company better.\n\n"
     "Who can take part? Everyone, not just engineers. Some of the best projects in past years came from support, finance and sales. Teams can have between two and five people, and we encourage you to team up with people you don't normally work with.\n\n"
     "How it works:\n- Post your idea in the #buildweek Slack channel by Friday 30 May. You can also join someone else's idea.\n- Final teams are locked in on Wednesday 4 June.\n- Build Week runs from Monday 9 June to Thursday 12 June. Please move non-urgent meetings and let clients know that responses may be slower. Support will run a skeleton rota; Dina will be in touch with the support team about this.\n- On Friday 13 June, each team gives a five-minute demo in the main hall, followed by food and drinks.\n\n"
     "Prizes: A panel of five staff, picked at random, will choose winners in three categories: Most Useful, Most Ambitious and Best Fun Project. Winning teams get an extra day off and a £300 donation to a charity of their choice. The Most Useful project is also guaranteed a place on next quarter's roadmap.\n\n"
     "Any questions, ask me or post in the channel.\n\n"
     "Cheers,\nOwen Price, CTO\n\n"
     "tl;dr? i work in finance so does this even apply to me"),
    ("Can you give me a one-paragraph summary of this client email for my boss? She wants to know how bad it is.\n\n"
     "Subject: Re: Fernhill Clinic booking system — launch date\n\n"
     "Hi Sam,\n\n"
     "Thanks for the call on Thursday. I've now spoken with our practice manager and our two senior partners, and I want to put our position in writing so we're all clear.\n\n"
     "First, we understand why the launch has slipped. We agree that the problems with the NHS login integration are not your fault, and we'd much rather you get it right than rush it. Nobody wants patients locked out of their appointments.\n\n"
     "However, moving the launch from 1 April to 20 May causes us real problems. We had told all 6,000 of our patients about the new system in our spring newsletter, and our reception team has been trained on it. Our contract with the old booking provider also ends on 31 March, and they've told us an extension will cost £1,800 a month.\n\n"
     "So we'd like to ask for three things:\n1. That your company covers the cost of extending the old system for April and May, which will be £3,600.\n2. A firm written launch date by the end of next week, with a weekly progress update until then.\n3. A short refresher training session for reception staff the week before launch, at no extra cost.\n\n"
     "If we can agree on these, we're happy to carry on as planned. We've been pleased with your team's work so far, and we'd like this to go well for everyone.\n\n"
     "Best wishes,\nDr Helen Achebe\nFernhill Clinic"),
    ("Summarize this in 3 bullet points for my history notes:\n\n"
     "Quipu\n\n"
     "A quipu (also spelled khipu, from the Quechua word for \"knot\") is a device made of knotted cords that was used by the Inca Empire and earlier Andean cultures to record information. Because the Incas had no writing system in the usual sense, quipus were one of the main ways the empire kept track of people, goods and tribute.\n\n"
     "A typical quipu has a thick main cord, from which dozens or even hundreds of thinner pendant cords hang. Some pendant cords have further cords tied to them. The cords were made of cotton or camelid fibre, such as llama or alpaca wool, and were often dyed in different colours.\n\n"
     "Researchers have shown that many quipus record numbers using a base-10 system. Knots grouped at different heights along a cord stand for units, tens, hundreds and so on, and the type of knot also carries meaning. The colours, the order of the cords and the way they were attached may have shown what was being counted, such as llamas, houses or sacks of maize.\n\n"
     "Quipus were made and read by trained specialists called quipucamayocs. Spanish chroniclers reported that these officials could use them to recite histories, laws and even songs, which has led some scholars to argue that quipus also stored words, not only numbers. This remains unproven.\n\n"
     "After the Spanish conquest in the 1530s, many quipus were destroyed, and the knowledge of how to read them was lost. Around a thousand survive today, mostly in museum collections, and researchers are still trying to decode them."),
    ("The Dancing Plague of 1518\n\n"
     "In July 1518, in the city of Strasbourg, then part of the Holy Roman Empire, a woman known as Frau Troffea stepped into the street and began to dance. There was no music, and she did not seem to be enjoying herself. According to accounts from the time, she kept dancing for days.\n\n"
     "Within a week, dozens of other people had joined her. By the end of the summer, as many as 400 people may have been affected, although historians disagree about the exact numbers. Some sources say that dancers collapsed from exhaustion and that a few died, but this is not certain.\n\n"
     "The city's leaders consulted doctors, who blamed \"hot blood\" and said the cure was to dance it out. So the authorities set aside guild halls, built a wooden stage and even hired musicians to keep the dancers going. When this made things worse, they changed course, banned public music and dancing, and sent the dancers to a shrine dedicated to Saint Vitus in the hills outside the city, where they prayed for a cure. Gradually, the outbreak ended.\n\n"
     "Nobody knows for certain what caused it. One older theory blamed ergot, a fungus that grows on damp rye and can cause spasms and hallucinations. Many historians now favour the idea of a mass psychogenic illness, where extreme stress spreads through a group and causes real physical symptoms. Strasbourg in 1518 had suffered years of famine, disease and hardship, and many people believed that Saint Vitus could punish sinners with a dancing curse.\n\n"
     "explain this to a 10 year old"),
    ("What's the main point of this? Is it just a history lesson or is there a reason people still talk about it?\n\n"
     "The Halifax Explosion\n\n"
     "On the morning of 6 December 1917, during the First World War, two ships collided in the Narrows, a strait connecting the upper harbour of Halifax, Nova Scotia, to the open sea. One was the Imo, a Norwegian ship heading out to collect relief supplies for Belgium. The other was the Mont-Blanc, a French cargo ship loaded with nearly 3,000 tonnes of explosives, including TNT and picric acid, bound for the war in Europe.\n\n"
     "The collision started a fire on the Mont-Blanc's deck. Her crew, knowing what was in the hold, abandoned ship and rowed for the far shore, shouting warnings that few people could understand. The burning ship drifted against a pier in the Richmond district, and crowds gathered at windows and on the waterfront to watch.\n\n"
     "At 9:04 a.m., about 20 minutes after the collision, the Mont-Blanc exploded. It was the largest human-made explosion in history until the atomic bombs of 1945. The blast flattened much of the city's north end, shattered windows kilometres away and caused a tsunami in the harbour. Around 2,000 people were killed and some 9,000 were injured, many of them blinded by flying glass. A blizzard the following day made rescue work even harder.\n\n"
     "Help poured in from across Canada and the United States. Boston sent a relief train with doctors, nurses and supplies within hours. To this day, Nova Scotia sends Boston a large Christmas tree every year as a thank-you."),
    ("The Svalbard Global Seed Vault is a secure storage facility on the Norwegian island of Spitsbergen, about 1,300 kilometres from the North Pole. Often called the \"doomsday vault\", it holds backup copies of seeds from gene banks around the world, so that crop varieties can be recovered if they are lost to war, natural disaster, disease or simple accidents.\n\n"
     "The vault opened in 2008. It is cut about 120 metres into a sandstone mountain near the town of Longyearbyen. Seeds are kept at minus 18 degrees Celsius, which slows down their ageing so that many can survive for decades or even centuries. If the cooling system ever failed, the surrounding permafrost would still keep the seeds frozen for some time.\n\n"
     "Each sample contains about 500 seeds of a particular variety. The vault can hold 4.5 million samples and currently stores more than a million, from nearly every country. The seeds are not owned by Norway. The vault works like a safe-deposit box: the gene bank that sends seeds remains their owner, and only it can take them out.\n\n"
     "That happened for the first time in 2015. A major gene bank near Aleppo, Syria, could no longer work because of the civil war, so its scientists withdrew copies of their seeds from Svalbard and replanted them in Lebanon and Morocco to rebuild their collection.\n\n"
     "The vault is owned by the Norwegian government and run together with the Crop Trust and the Nordic genetic resources centre, NordGen.\n\n"
     "Summarize this in two sentences."),
    ("tl;dr, and why should I care?\n\n"
     "The Carrington Event\n\n"
     "On the morning of 1 September 1859, the English astronomer Richard Carrington was sketching sunspots when he saw two brilliant patches of white light appear on the sun's surface. They faded within about five minutes. Another observer, Richard Hodgson, saw the same thing. It was the first solar flare ever recorded.\n\n"
     "What followed was the most powerful geomagnetic storm in recorded history. The flare came with a huge burst of charged particles, now called a coronal mass ejection, which reached Earth in about 17 hours instead of the usual few days. When it hit Earth's magnetic field on 1 and 2 September, the effects were dramatic.\n\n"
     "Auroras, normally seen only near the poles, lit up the sky as far south as Cuba and Colombia. In parts of the United States they were so bright that people got up in the night thinking it was dawn, and some reportedly read newspapers by their light.\n\n"
     "The telegraph, the high-tech network of the time, was badly affected. Operators across Europe and North America reported sparks jumping from their equipment, and some received electric shocks. A few found they could disconnect their batteries and still send messages, powered only by the currents the storm created in the wires.\n\n"
     "Scientists believe a storm of this size today could damage satellites, disrupt GPS and radio, and knock out power grids for weeks, with costs running into trillions of dollars. In July 2012, a similar burst from the sun narrowly missed Earth."),
    ("sum up what she learned, short version\n\n"
     "I Learned to Sail at 52. Here's What Nobody Tells You.\n\n"
     "Last April, after years of watching boats from the harbour wall in Falmouth, I finally signed up for a beginners' dinghy course. I'd never sailed in my life. I was, by a good 30 years, the oldest person on the course, and I was terrified.\n\n"
     "Here's what I wish someone had told me.\n\n"
     "First, you will capsize, and it's fine. On day two our instructor, Kerry, made us tip our boats over on purpose. Once I'd been in the cold water and hauled myself back up, the fear mostly disappeared. The thing I was most afraid of turned out to be the thing I was best prepared for.\n\n"
     "Second, you don't need to be strong; you need to be patient. The teenagers on my course could muscle the boat around. I couldn't, so I had to learn to read the wind properly instead, and by the end of the week I was sailing more smoothly than some of them.\n\n"
     "Third, the jargon is half the battle. Port, starboard, tacking, gybing, the boom, the sheets (which are ropes, not sails, for reasons nobody could explain to me). I made flashcards. No shame.\n\n"
     "Fourth, you'll be tired in a way you haven't been tired for years. I slept ten hours every night that week.\n\n"
     "A year on, I've joined the local club, I crew on a small yacht on Wednesday evenings, and I'm saving for a second-hand Laser of my own. If you've been thinking about it, go. The sea doesn't care how old you are."),
    ("What did she find out from doing this? Summarize the good and the bad.\n\n"
     "Thirty Days Without Social Media: An Honest Report\n\n"
     "On 1 October, I deleted Instagram, TikTok and X from my phone. I kept WhatsApp, because my family would have disowned me, and I kept email for work. Here's what happened.\n\n"
     "Week one was rough. I picked up my phone about 60 times a day, according to my screen time report, and every time there was nothing there. I realised how often I grabbed it out of pure habit: at traffic lights, in queues, during the adverts on TV, even while brushing my teeth.\n\n"
     "By week two, things started to change. My screen time dropped from just over four hours a day to about an hour and a half. I finished two novels, the first books I'd read for pleasure since the spring. I also noticed I was falling asleep faster, probably because I wasn't scrolling in bed until midnight.\n\n"
     "Not everything was better. I missed out on things. A friend announced her engagement on Instagram, and I only heard about it a week later, which was awkward. I also missed a couple of local events that are only ever advertised online. And I'll admit I sometimes just felt bored, which I think was partly the point.\n\n"
     "The biggest surprise was my mood. I hadn't thought of myself as someone who compared her life to other people's, but after a month away, I felt noticeably calmer and less restless.\n\n"
     "I've reinstalled Instagram, but only on my laptop. No apps on my phone. Let's see how long that lasts."),
    ("Give me the steps from this post as a short list.\n\n"
     "How I Finally Fixed Our Squeaky Stairs (Without Taking Up the Carpet)\n\n"
     "Our house was built in 1932, and for the three years we've lived here, the staircase has announced every trip to the bathroom at night. The third step, the seventh and the eleventh were the worst. Last weekend I finally fixed them, and it took about two hours and less than £25.\n\n"
     "Squeaks happen when a tread, the part you step on, has come slightly loose from the riser, the vertical board behind it, or from the stringer underneath. When you step on it, the wood rubs against a nail or another board.\n\n"
     "First, find the exact spot. I had my partner walk up and down slowly while I listened with my ear near each step. Mark the squeaky spots with a small piece of masking tape.\n\n"
     "If you can get under the stairs, as we could from the cupboard, the best fix is from below. I glued small wooden blocks into the corner where the tread meets the riser, then screwed them in place.\n\n"
     "For the steps I couldn't reach from underneath, I bought a kit designed for carpeted stairs. It uses special screws that you drive through the carpet into the tread and the riser below. A little tool then snaps off the top of the screw just under the surface, so it's hidden in the carpet pile. You'll need to drill into the stringer or riser at a slight angle.\n\n"
     "For bare wooden stairs, a bit of talcum powder worked into the joints can quieten small squeaks temporarily.\n\n"
     "Result: silence. Nobody warned me how much I'd miss hearing the kids sneaking downstairs."),
    ("My No-Spend February: What Worked, What Didn't, and What I Saved\n\n"
     "In January, I looked at my bank statements properly for the first time in a year and felt a bit sick. Takeaways, coffees, online shopping I didn't remember, three streaming services I barely watched. So I set myself a challenge: for the whole of February, I would spend money only on the essentials.\n\n"
     "My rules were simple. Allowed: rent, bills, petrol for getting to work, groceries from a list, and anything medical. Not allowed: eating out, takeaways, bought coffee, clothes, books, gadgets, and anything from an online shop. Gifts had to be homemade or free.\n\n"
     "The first week was easy, mostly because I was motivated. The second week was hard. A friend's birthday dinner at a nice restaurant tested me, and I ended up going along for one drink, which I counted as a fail. The hardest thing wasn't the big stuff; it was the little £3.50 coffees that I'd been buying almost every day without thinking.\n\n"
     "I cancelled two of the streaming services and haven't missed them. I learned to cook three new meals, including a very good dal. I also started using the library again, which I'd forgotten was free.\n\n"
     "The numbers: in a typical month I spend around £640 on non-essentials. In February I spent £54, which was the birthday drink, a present and an emergency phone charger. That's a saving of about £586, which has gone straight into my holiday fund.\n\n"
     "Would I do it again? Not every month, but I'm planning one no-spend week every month from now on.\n\n"
     "tl;dr"),
    ("what's the method here, summarized? i only have a small patio\n\n"
     "Straw Bale Gardening: My Best Tomato Year Yet\n\n"
     "Two years ago, our back garden was mostly builder's rubble and heavy clay, and nothing I planted did well. A neighbour suggested I try growing in straw bales, and I haven't looked back. This summer I picked over 30 kilos of tomatoes from six bales.\n\n"
     "The idea is that the bale itself becomes the growing bed. As the straw inside starts to rot, it turns into a warm, rich compost that plant roots love. You don't need any soil, digging or raised beds, which makes it perfect for poor ground, patios or gardeners with bad backs.\n\n"
     "The key step is conditioning the bales, which takes about two weeks. Place the bales where you want them, with the cut ends of the straw facing up. Water them thoroughly every day. On alternate days, sprinkle a high-nitrogen fertiliser over the top and water it in. By day ten or so, the inside of the bale should feel warm when you push your hand in; that means it's breaking down. Wait until it cools slightly before planting.\n\n"
     "To plant, pull out a hole about the size of a fist, add a handful of compost and put your tomato plant in. I put two plants per bale, and tie them to canes pushed into the ground behind.\n\n"
     "Two warnings. Use straw, not hay, which is full of seeds and will sprout everywhere. And bales dry out fast in hot weather, so water every day, ideally twice.\n\n"
     "At the end of the season, the rotted bales make excellent compost for the rest of the garden."),
    ("Turn these notes into a list of action items with names.\n\n"
     "Linden Grove Residents' Association — Meeting Notes\n"
     "Tuesday 4 March, 7:30 pm, Community Room\n"
     "Present: Gareth Holm (chair), Amira Nasser (secretary), Phil Dunne, Sandra Keats, Yusuf Bello, plus 14 residents\n\n"
     "1. Parking on Linden Grove\nMain topic. Residents report that commuters are parking all day on Linden Grove to walk to the new rail station, and people who live here often can't park near their homes. Gareth has spoken to the council, who said a residents' parking scheme is possible, but at least 60% of households must support it in a survey. Permits would cost about £60 a year for the first car. Some residents were against paying. Agreed: Amira to draft a short letter explaining the options, and Yusuf and Sandra to deliver it to all 210 homes by 21 March.\n\n"
     "2. Blocked driveways\nThree residents reported cars blocking their driveways. Phil reminded everyone that this is a police matter, not a council one, and that the non-emergency number is 101. Phil to put a notice about this on the association's Facebook page.\n\n"
     "3. Spring clean-up\nThe litter pick will go ahead on Saturday 5 April at 10 am, starting at the playground. The council will lend gloves, pickers and bags. Sandra to book the equipment.\n\n"
     "4. Treasurer's report\nBalance is £1,146. £200 set aside for the summer street party. Phil asked whether the association should pay to print the parking letters; agreed, up to £80.\n\n"
     "5. AOB\nYusuf raised the broken bench by the bus stop. Gareth to report it to the council.\n\n"
     "Next meeting: Tuesday 1 April, 7:30 pm."),
    ("Sprint 18 Retrospective — Mobile Team\nThursday 12 June\nAttendees: Leah (EM), Dimitri, Fatou, Kenji, Rosa, Ben (QA)\n\n"
     "Sprint goal: ship offline mode for saved recipes to 10% of Android users. Result: partly met. Offline mode went out to 10% of users on Tuesday, two days late. The iOS version was not started.\n\n"
     "What went well\n- Kenji's work on the local database was solid. No crashes reported from the 10% group so far, and saved recipes now open in under a second.\n- Pairing between Fatou and Ben on test cases caught three serious bugs before release.\n- Design handed over all screens before the sprint started, which the team said made a big difference.\n\n"
     "What didn't go well\n- We underestimated sync conflicts (what happens when a user edits a recipe offline on two devices). This took four extra days.\n- The release was blocked for a day waiting for sign-off from the security team, who weren't told about it in advance.\n- Too many meetings. The team counted 11 hours of meetings each this sprint, up from 7.\n- Rosa was pulled onto an urgent payments bug for three days, which wasn't planned.\n\n"
     "Actions\n- Leah to give the security team a heads-up one sprint before any release that touches user data.\n- Cancel the Wednesday status meeting for the next two sprints and try a written update in Slack instead. Dimitri to set this up.\n- Keep a buffer of 15% of the sprint for unplanned work.\n- iOS offline mode moves to Sprint 19, with Kenji and Rosa.\n\n"
     "Mood score (1 to 5): average 3.4, down from 3.9.\n\n"
     "Give me a one-paragraph summary of this for my boss. She mostly wants to know if we're behind."),
    ("can you summarize these notes into a short message for the class parents' whatsapp?\n\n"
     "Greenhill Primary PTA — Fun Run Planning Meeting\n"
     "Monday 28 April, 3:30 pm, school library\n"
     "Present: Nadia Kowalski (PTA chair), Mr Edwards (PE), Jess Marlow, Tunde Bakare, Claire Ho, Mrs Finch (head teacher)\n\n"
     "Date and place: The Fun Run will be on Saturday 14 June, 10 am to 12 noon, on the school field. If it rains heavily, it moves to Saturday 21 June.\n\n"
     "Format: Reception and Years 1 and 2 will run one lap (about 400 metres). Years 3 to 6 will do as many laps as they can in 20 minutes. Parents and siblings can join a family race at 11:30. Mr Edwards will measure the course and bring the stopwatches and finish tape.\n\n"
     "Fundraising: Children will get sponsor forms on Friday 9 May. The target is £4,000, which will go towards new playground equipment. Sponsorship money must be returned to the school office by Friday 27 June. Tunde will set up an online giving page for families who'd rather pay by card.\n\n"
     "Refreshments: Jess will run a cake stall and needs donations of cakes (no nuts, please, and labelled with ingredients). Claire will organise a stall selling squash, water and fruit. Ice lollies will be 50p each.\n\n"
     "Volunteers: We need at least 12 adult volunteers to marshal the course, run the stalls and count laps. Nadia will put a sign-up sheet in the office and online.\n\n"
     "Medals: Every child who takes part gets a medal. Mrs Finch has agreed to order 320 from the school budget.\n\n"
     "Next meeting: Monday 2 June."),
    ("Harbourside Community Choir — Committee Meeting\n"
     "Sunday 7 September, 4 pm, at Alma's house\n"
     "Present: Alma Reyes (chair), Tom Garside (treasurer), Bernadette O'Neill (music director), Kwame Asante, Lydia Frost\n\n"
     "1. Membership\nWe now have 48 members, up from 39 last year, but the balance is a problem: 31 sopranos and altos, 11 tenors and only 6 basses. Bernadette said some arrangements for the winter concert won't work with so few low voices. Agreed: Kwame to run a \"Bring a Bloke\" recruitment evening on 24 September, with a free taster session and snacks.\n\n"
     "2. Rehearsal venue\nThe church hall is raising its rent from £35 to £50 per rehearsal from January. Tom worked out that this would add about £600 a year. Lydia has found that the secondary school hall would cost £40, but it has no piano. Decision postponed until Lydia checks whether we could store our keyboard there.\n\n"
     "3. Subscriptions\nTom proposed raising annual membership from £90 to £110 to cover the new rent and sheet music. After discussion, agreed to raise it to £100, with a reduced rate of £50 for students and people on low incomes, no questions asked. To be announced at the next rehearsal.\n\n"
     "4. Winter concert\nSaturday 13 December, 7 pm, St Mary's. Programme includes Rutter, two Ghanaian carols Kwame is arranging, and a singalong. Tickets £12, children free. Alma to book St Mary's and arrange the poster.\n\n"
     "5. AOB\nBernadette asked for volunteers to help sort the music library. Three people offered.\n\n"
     "Next meeting: Sunday 5 October.\n\n"
     "3 bullet points please, I'm a member and missed this"),
    ("what's the main point of this? is it hard to make?\n\n"
     "Of all the dishes I ate on a trip to Georgia, the country, not the US state, the one I still dream about is khachapuri adjaruli: a boat-shaped bread filled with molten cheese, with a raw egg yolk and a knob of butter dropped into the middle just before it's served.\n\n"
     "It comes from Adjara, the region on Georgia's Black Sea coast, and locals will tell you the shape is meant to look like a boat, with the yolk as the sun. You eat it by tearing off bits of the crust and stirring them into the centre, mixing the cheese, egg and butter into a rich, stretchy sauce. It is not a light lunch.\n\n"
     "In Georgia, the filling is made with sulguni and imeruli, two local cheeses that are hard to find elsewhere. After a lot of testing in my own kitchen, I've found that a mix of low-moisture mozzarella and feta, with a spoonful of ricotta, gets very close. The mozzarella gives the stretch, the feta gives the salty tang.\n\n"
     "The dough is a simple yeasted dough, a bit softer than pizza dough, made with milk and a little yogurt. It needs about an hour to rise. Shaping the boats looks tricky, but it's really just rolling an oval, rolling up the two long edges and twisting the ends together. Your first one might look more like a canoe than a boat, and that's fine.\n\n"
     "Bake them as hot as your oven goes, about 250°C, for 12 to 15 minutes, then add the egg and butter and send them straight to the table. This recipe makes four, which feeds four people, or two very happy ones."),
    ("Welsh cakes, or picau ar y maen, are somewhere between a scone, a cookie and a pancake. They're small, round and flat, about the size of the palm of your hand, studded with currants and dusted with sugar. And unlike almost every other cake, they're cooked on a griddle or a heavy frying pan, not in the oven.\n\n"
     "The griddle, or bakestone, is the key. In Welsh farmhouses, a flat iron bakestone sat over the fire and was used for everything from bread to pancakes. Welsh cakes were a way to make something sweet without having to heat a whole oven, and they were popular in mining communities as a snack that could be packed into a lunch tin.\n\n"
     "My nain, my grandmother, made them every Saturday in her kitchen in Bala, and I'd stand on a chair to cut out the rounds. Her recipe is the one I use today: self-raising flour, butter rubbed in until it looks like breadcrumbs, sugar, a pinch of mixed spice, currants and one egg to bring it together. The dough should be firm, like shortbread, not sticky.\n\n"
     "Roll it out to about half a centimetre thick and cut into rounds. Cook them on a medium-low heat for about three minutes on each side, until golden brown outside and just cooked in the middle. Too hot, and they burn before the inside is done.\n\n"
     "Toss them in caster sugar while they're still warm. They're best eaten on the day, ideally standing by the stove, but they'll keep in a tin for a few days.\n\n"
     "Summarize this recipe intro in two sentences."),
    ("tl;dr\n\n"
     "If you've eaten at a Persian family's table, you'll know that the best part of the meal isn't the stew, the kebabs or the herbs. It's the tahdig: the golden, crunchy layer of rice from the bottom of the pot, which is flipped out onto a plate in one piece and fought over by everyone.\n\n"
     "Tahdig literally means \"bottom of the pot\" in Persian. In many cultures, the crust that forms when rice sticks to the pan is an accident, or something to scrape away. In Iran, it's made on purpose, and a good tahdig is a point of pride. My aunt Shirin judges every cook she meets by theirs.\n\n"
     "The basic method is the same as for Persian steamed rice, or chelow. Long-grain basmati is rinsed until the water runs clear, soaked, and then parboiled in salted water for a few minutes until it's soft outside but still firm in the centre. Then it's drained.\n\n"
     "For the tahdig, you cover the bottom of a heavy non-stick pot with oil or butter, add a layer of rice mixed with yogurt and saffron, and pile the rest of the rice on top in a mound. Poke a few holes with the handle of a spoon to let steam escape, wrap the lid in a tea towel and cook on a low heat for around 45 minutes to an hour.\n\n"
     "There are endless variations. Some people line the pot with thin slices of potato or flatbread instead of rice.\n\n"
     "The moment of truth is the flip. Put a plate over the pot, say a small prayer and turn it over. If you hear a crackle, you've done it right."),
    ("explain this to a 10 year old, my son wants to make it\n\n"
     "Ube halaya is a Filipino jam made from purple yam, and it's one of the most striking desserts you'll ever see. It's a deep, almost unreal shade of violet, and it tastes sweet, creamy and a little nutty, somewhere between vanilla and sweet potato.\n\n"
     "Ube, pronounced \"OO-beh\", is a type of yam that grows in the Philippines and other parts of Southeast Asia. It isn't the same as taro, although people often mix them up. Its bright colour comes from natural pigments called anthocyanins, the same ones found in blueberries and red cabbage.\n\n"
     "In the Philippines, ube halaya is often made for Christmas and other celebrations. It's eaten on its own, spread on bread, or used in other desserts, most famously halo-halo, a layered treat of shaved ice, milk, beans, fruit and jelly.\n\n"
     "To make it, you cook grated ube in a big pan with coconut milk, evaporated milk, condensed milk and butter. Then you stir. And stir. For about 40 minutes, on a low heat, until the mixture becomes thick enough to pull away from the sides of the pan. My lola, my grandmother, always said you could tell it was ready when your arm was about to fall off.\n\n"
     "Fresh ube is hard to find outside Asia, so most people use frozen grated ube, which you can find in Asian supermarkets. Ube powder works too but needs soaking first. Some shop-bought versions use a little food colouring to make them extra purple, but real ube is colourful enough on its own.\n\n"
     "Once cooled, it keeps in the fridge for about a week."),
    ("Riverside Leisure Centre — Changes to Lane Swimming from 1 September\n\n"
     "From Monday 1 September, we are changing how lane swimming works at Riverside, following feedback from more than 800 swimmers in our summer survey. The main complaints were crowded lanes at peak times and people swimming at very different speeds in the same lane.\n\n"
     "1. Booking\nAll lane swimming sessions will need to be booked in advance through the Riverside app or at reception, up to seven days ahead. Each session lasts 50 minutes. Walk-in swimmers will only be admitted if there are spaces left. Members can book up to five sessions a week.\n\n"
     "2. Lane speeds\nThe main pool will have four lanes marked Slow, Medium, Fast and Very Fast. Lifeguards may ask you to move lanes if you are holding others up or being held up. The Very Fast lane is for swimmers who can swim 100 metres in under 1 minute 45 seconds.\n\n"
     "3. Lane etiquette\nSwim clockwise in all lanes. If someone taps your foot, let them pass at the next wall. Rest at the end of the lane, keeping to one side.\n\n"
     "4. Equipment\nFins and paddles may only be used in the Fast and Very Fast lanes, and only at off-peak times (before 7 am and after 8 pm on weekdays).\n\n"
     "5. Cancellations\nIf you cannot make a booked session, please cancel at least two hours before. Members who miss three booked sessions in a month without cancelling will not be able to book for two weeks.\n\n"
     "Prices are not changing.\n\n"
     "I swim there 3 mornings a week. Summarize the new rules for me."),
    ("Tell me what's changing, in 3 bullets.\n\n"
     "Notice to all Westmere Libraries members: fines are ending\n\n"
     "From Monday 6 January, Westmere Libraries will no longer charge fines for books and other items returned late. Any fines already on your account, up to £20, will be cleared automatically on that date.\n\n"
     "Why are we doing this? Over the past five years, library use across the borough has fallen by nearly a quarter. When we asked former members why they stopped coming, the most common answer was that they owed a fine and felt embarrassed or could not afford to pay it. Children were especially affected: more than 1,400 children's cards are currently blocked because of fines, often for a few pounds.\n\n"
     "Libraries in other areas that have stopped charging fines have seen more people come back, and in most cases, more items returned, not fewer.\n\n"
     "What isn't changing:\n- Loan periods stay at three weeks for books and one week for DVDs and the Library of Games collection. You can still renew items up to three times online or by phone, unless someone else has reserved them.\n- If an item is more than six weeks overdue, we will treat it as lost and charge you the cost of replacing it. Your account will be blocked until the item is returned or paid for. If you return it later, the charge will be cancelled.\n- Fees for damaged items, printing and photocopying, and room hire remain the same.\n\n"
     "The cost of the change, about £32,000 a year in lost income, will be covered by the council's culture budget.\n\n"
     "If you have any questions, please ask at any branch."),
    ("Important: changes to bin collections at Carrow Court\n\n"
     "Dear residents,\n\n"
     "From Monday 3 November, the way rubbish and recycling are collected from Carrow Court will change. Please read this notice carefully.\n\n"
     "Why? Our contract with the old waste company has ended, and the new one, CleanCity Services, uses different bins and a different timetable. The council has also started collecting food waste separately from all flats in the borough.\n\n"
     "New bins: The large bins in the bin store will be replaced on Friday 31 October. There will be:\n- Black bins for general rubbish, collected every Tuesday.\n- Blue bins for mixed recycling (paper, card, cans, glass and plastic bottles and tubs), collected every Friday. There is no longer any need to sort glass separately.\n- Green caddies for food waste, collected every Tuesday.\n\n"
     "Every flat will receive a small kitchen caddy and a roll of compostable liners for food waste. These will be delivered to your door during the week of 27 October. Extra liners can be collected from the concierge desk.\n\n"
     "Bulky items: Furniture, mattresses and electrical items must not be left in the bin store. CleanCity will collect up to three bulky items for £25; book through the council website.\n\n"
     "Please flatten cardboard boxes before putting them in the blue bins. Last month, the bins were regularly full by Wednesday because of large unflattened boxes, and bags were left on the floor, which attracted foxes.\n\n"
     "Thank you for your help.\n\n"
     "Carrow Court Management Office\n\n"
     "tl;dr"),
    ("main point? can i pause my membership while i'm travelling for 2 months in the summer?\n\n"
     "PeakFit Gyms — Membership Freeze Policy (updated 1 March)\n\n"
     "We understand that life sometimes gets in the way of training. Our membership freeze policy lets you pause your membership for a period without cancelling it.\n\n"
     "Who can freeze? Any member on a monthly rolling or 12-month membership who has been a member for at least three months. Members on our Off-Peak and Student plans can also freeze. Day passes and 10-visit passes cannot be frozen.\n\n"
     "How long? You can freeze your membership for a minimum of one month and a maximum of three months in any 12-month period. Freezes must start on the first day of a calendar month.\n\n"
     "How much does it cost? A freeze costs £5 per month, charged on your usual payment date. This keeps your membership rate locked, which is useful if your rate is lower than our current prices. If you are on a 12-month contract, the end date of your contract will be moved back by the length of your freeze.\n\n"
     "Free freezes: There is no charge for freezing if you have a medical reason, such as an injury, illness or pregnancy, supported by a note from a doctor or physiotherapist. In this case, freezes of up to six months are available.\n\n"
     "How to freeze: Request a freeze in the PeakFit app or at reception at least ten days before the start of the month you want to freeze. We cannot backdate freezes.\n\n"
     "During a freeze, you cannot use any PeakFit gym or book classes. If you want to return early, you can cancel your freeze at any time from the app, and normal payments will restart the following month."),
    ("Explain this in plain English. My dad was just told he's prediabetic and he sent me this.\n\n"
     "A short walk after dinner may do more for your blood sugar than a longer one at another time of day, according to a new study from the University of Calder.\n\n"
     "Researchers asked 64 adults aged 50 to 75, all of whom had slightly raised blood sugar but not diabetes, to wear a small glucose monitor on their arm for four weeks. In some weeks, they took a 15-minute walk starting within half an hour of their main evening meal. In other weeks, they took a 30-minute walk in the morning, or no planned walk at all.\n\n"
     "The short after-dinner walks reduced the rise in blood sugar after the meal by an average of 22 per cent compared with no walk. The longer morning walk, despite being twice as long, had almost no effect on the evening spike.\n\n"
     "\"When you eat, sugar floods into your blood,\" explained lead author Dr Ruth Mensah. \"Working muscles can soak up that sugar without needing as much insulin. So the timing really matters: you want your muscles busy when the sugar arrives.\"\n\n"
     "The walks did not need to be brisk. Participants walked at a comfortable pace, and even a slow stroll around the house or garden had some effect.\n\n"
     "Repeated high spikes after meals are thought to raise the risk of developing type 2 diabetes and heart disease over time. The researchers say the study was small and short, and that they have not shown that walking after dinner prevents disease. But they note it's free, safe for most people, and easy to fit into the day.\n\n"
     "The study is published in the journal Metabolic Health."),
    ("Summarize this in 3 bullet points for our wildlife group's newsletter.\n\n"
     "Garden hedgehogs travel further in towns with \"hedgehog highways\", study finds\n\n"
     "Small holes cut in garden fences could be helping Britain's struggling hedgehogs, according to researchers at the University of Norbury, who tracked hedgehogs in two towns over two summers.\n\n"
     "Hedgehog numbers in the UK countryside have fallen sharply since the 1990s, but towns and suburbs have become an important refuge. The problem is that modern gardens are often surrounded by solid fences and walls. A hedgehog needs to travel up to two kilometres a night to find enough food and a mate, and fences can trap it in a handful of gardens.\n\n"
     "In one of the towns, a local campaign had encouraged residents to cut 13 cm square holes at the bottom of their fences, creating so-called hedgehog highways. In the other town, very few holes had been made. The team fitted 46 hedgehogs with tiny GPS tags that fell off after about ten days.\n\n"
     "Hedgehogs in the town with highways travelled an average of 1.4 kilometres a night and visited around 14 gardens. Those in the other town travelled just under 900 metres and visited seven. Females in the highway town were also more likely to be seen with young later in the summer.\n\n"
     "\"One small hole can join up a whole street,\" said ecologist Dr Tom Prentice. \"It costs nothing, and the hedgehogs find them remarkably quickly.\"\n\n"
     "The researchers say more work is needed to show whether highways increase hedgehog numbers over the long term. They also warn that roads remain the biggest danger, and hedgehogs that travel further may cross more of them."),
    ("Why city birds sing higher\n\n"
     "If you've ever thought the birds in a city park sound a little different from the ones in the countryside, you might be right. A growing body of research shows that many songbirds living in noisy cities sing at a higher pitch than their country cousins.\n\n"
     "The reason is traffic. The rumble of cars, buses and lorries is mostly low-pitched sound. A bird whose song is in the same low range can be drowned out, a bit like trying to talk to a friend next to a busy road. By raising the pitch of their songs, city birds can make their voices stand out from the noise.\n\n"
     "In a recent study, scientists at the Institute for Urban Ecology in Rotterdam recorded great tits in 20 city parks and 20 forests. City birds sang their lowest notes about 300 hertz higher than forest birds, on average. The birds living closest to busy roads sang the highest of all.\n\n"
     "Some birds seem to change their songs on the spot, going higher on a noisy day and lower on a quiet Sunday. Others may learn higher songs as chicks because those are the songs they can hear.\n\n"
     "There may be a price to pay. In some species, females prefer males with deeper songs, which can be a sign of a bigger, healthier bird. So city males may be stuck choosing between being heard and being attractive.\n\n"
     "Scientists say the findings show how quickly wildlife can adapt to humans, but also that noise pollution is a real problem for animals, not only for people.\n\n"
     "explain this to a 10 year old"),
    ("tl;dr? my daughter is obsessed with octopuses\n\n"
     "Octopuses may dream, and they may even have two kinds of sleep like we do, according to a new study of the common octopus.\n\n"
     "Scientists at the Marine Behaviour Lab in Naples filmed 12 octopuses in aquarium tanks, day and night, for several weeks. Most of the time when the animals rested, they were pale and still, with their pupils narrowed to thin slits. This \"quiet sleep\" took up most of their rest.\n\n"
     "But roughly once an hour, something strange happened. For about a minute, a sleeping octopus would suddenly flash through a series of colours and patterns across its skin. Its eyes and arms twitched, and its breathing changed. Then it would go pale and calm again.\n\n"
     "The researchers call this \"active sleep\", and they think it may be similar to the REM sleep in which humans have most of their dreams. To check the octopuses really were asleep during these episodes, the team gently tapped the tanks. Octopuses in both quiet and active sleep were slower to react than awake ones.\n\n"
     "Octopuses change the colour of their skin to hunt, hide and signal to each other. Some of the patterns seen during active sleep looked like the ones octopuses use while awake, such as camouflage. That has led some scientists to suggest the octopuses might be replaying their day, in the same way human brains are thought to sort through memories during sleep.\n\n"
     "\"We can't ask an octopus what it's dreaming about,\" said lead researcher Dr Elena Rossi. \"But it's remarkable that two animals whose ancestors split apart more than 500 million years ago seem to have arrived at such similar ways of sleeping.\""),
    ("what happens in this passage? two or three sentences\n\n"
     "The lamp had to be lit by sunset, and sunset was at 4:17.\n\n"
     "Nell had checked the almanac twice. It was ten to four, and her father was still not back from the mainland. His boat should have been tied up at the landing by noon, but the wind had turned in the morning, and now the sea between the island and Portmorrow was white all the way across.\n\n"
     "She was eleven. She knew how to light the lamp. She had watched him do it a thousand times: trim the wick, fill the reservoir, wind the clockwork that turned the great lens so the beam swept out over the rocks every twelve seconds. She had just never done it alone.\n\n"
     "The stairs up the tower were narrow and cold, one hundred and six of them. She counted every one. At the top, the wind was screaming against the glass, and the whole room seemed to shake.\n\n"
     "Her hands were stiff, and the first match snapped. The second blew out when she opened the little door. The third caught. She held it to the wick and watched the flame grow, yellow and steady, and she closed the glass around it the way he always did, gently, as if it might break.\n\n"
     "Then she wound the clockwork until her arms ached, and the lens began to turn.\n\n"
     "Far out in the grey, something answered: a small light, rising and falling on the waves, heading straight for the landing.\n\n"
     "Nell pressed her forehead to the cold window and did not take her eyes off it until it was safely home."),
    ("Summarize this in one paragraph. It's for my creative writing class and I need to describe what happens.\n\n"
     "Tariq had never played chess against a grown-up in a suit before.\n\n"
     "The man across the board was the reigning county champion, and he had a way of setting down each piece with a tiny click that made Tariq's stomach twist. The hall at Dunmore Grammar was silent except for the click of the chess clocks and someone's trainers squeaking at the back.\n\n"
     "Tariq was twelve, and this was his first open tournament. He'd only entered because Mr Okoye from chess club had filled in the form for him. \"You'll lose,\" Mr Okoye had said cheerfully, \"and you'll learn more in one afternoon than in a month of club nights.\"\n\n"
     "He was losing. The champion had won a pawn in the opening, then another, and now his queen was pressing against Tariq's king like a hand against a door. Tariq's clock showed four minutes left.\n\n"
     "Then he saw it. If he gave up his rook, the champion's queen would have to take it, and then his knight could jump to a square where it attacked the king and the queen at the same time. A fork. Mr Okoye had shown them a hundred of them.\n\n"
     "His hand was shaking when he pushed the rook forward.\n\n"
     "The champion looked at the board for a long time. He glanced at Tariq, then back at the board. Then, slowly, he did not take the rook. He moved his king instead, out of danger, and Tariq's trap quietly fell apart.\n\n"
     "Tariq lost eleven moves later. At the end, the champion shook his hand and said, \"That rook move. Nobody's tried that on me in years.\"\n\n"
     "All the way home on the bus, Tariq grinned."),
    "Summarize The Grapes of Wrath for me. I have an essay due and I only got through the first 150 pages.",
    "whats groundhog day about, the bill murray movie? quick summary",
    "Can you explain the tragedy of the commons in a short paragraph, with one everyday example?",
    "Give me a short summary of the 2010 rescue of the 33 Chilean miners: how they got trapped, how long they were down there and how they were brought up.",
    "Summarize Animal Farm and tell me which real historical people the main animals are supposed to be.",
    "I'm watching 12 Angry Men with my civics class tomorrow. What happens in it? A few sentences is fine.",
    "Sum up Shackleton's Endurance expedition. Why is it famous if they never actually crossed Antarctica?",
    "plato's allegory of the cave, can you summarize it simply and tell me what it's supposed to mean",
]


MULTI = [
    ("I make beaded earrings as a hobby and friends keep telling me to sell them online.",
     "That's a great sign, since friends asking is often the first real market test. Have you thought about where you'd sell them, like Etsy, Instagram or local craft fairs?",
     ["probably Etsy, it seems the easiest to start",
      "How do I figure out what to charge so I actually make a profit?",
      "What kind of photos sell jewelry best?"]),
    ("I need new tires and the shop quoted me three options that range from $400 to $1,100.",
     "Tire prices vary a lot, and the cheapest isn't always a bad choice, but it depends on how you drive. Do you do mostly city driving, or a lot of highway miles?",
     ["mostly highway, about 20,000 miles a year",
      "What do the numbers on the side of the tire mean?",
      "Is it ok to replace just two tires instead of all four?"]),
    ("my 6 year old wants to learn to tell time on a clock with hands",
     "That's a fun one to teach, and kids usually get it fastest when they learn the hour hand first and the minute hand later. Does she already count by fives?",
     ["yes she can count by fives to 60",
      "Are there any games that make it less boring?",
      "Should I take down the digital clocks in the house while she learns?"]),
    ("I want to learn to touch type. I've been hunting and pecking with two fingers for twenty years.",
     "It's very learnable at any age, though your speed will drop for a couple of weeks before it goes up. How many words per minute do you type right now?",
     ["maybe 35 on a good day",
      "How many minutes a day should I practice?",
      "Should I cover my hands so I can't look at the keyboard?"]),
    ("I'm renting a car in Ireland next month and I've never driven on the left.",
     "Lots of visitors manage it fine, and the first hour is the hardest. Are you planning to pick the car up at the airport and drive straight into Dublin?",
     ["yes, from Dublin airport, then out to the west coast",
      "Should I pay extra for an automatic?",
      "How do roundabouts work when you're going clockwise?"]),
    ("My grandma just got a tablet and wants to video call us, but she gets confused really easily.",
     "That's lovely that she wants to try. The key is making it a single tap for her, with as few choices on the screen as possible. Is it an iPad or an Android tablet?",
     ["it's an iPad",
      "How do I set it up so she doesn't have to type anything?",
      "Can I help her remotely when she gets stuck?"]),
    ("When I make macarons the tops crack and there are no feet.",
     "Cracked tops and missing feet usually mean the shells didn't dry long enough before baking or the oven is running hot. How long do you let them rest before they go in?",
     ["maybe 10 minutes",
      "Does it matter if I use aged egg whites?",
      "How do I know when I've folded the batter enough?"]),
    ("I have a job interview for a role that's partly remote, and I've been out of work for two years caring for my dad.",
     "That's a very common and understandable gap, and employers hear it more often than you might think. Do you want help with how to explain it briefly in the interview?",
     ["yes, I don't know how much detail to give",
      "Should I mention it in my cover letter too?",
      "How do I show my skills are still up to date?"]),
    ("we're thinking of getting backyard chickens, like 3 or 4 of them",
     "Chickens are a fun, pretty low-maintenance addition, and a small flock like that is a good size to start. Have you checked whether your town allows them?",
     ["yep, hens are allowed, no roosters",
      "How big does the coop need to be?",
      "What do we do with them when we go on vacation?"]),
    ("I'm trying to learn to read sheet music so I can play piano pieces from books.",
     "Good plan, and it's easier than it looks once you know the treble and bass clef notes. Do you already know where middle C is on the keyboard?",
     ["yeah I know middle C and the white keys around it",
      "What's a good trick for remembering the bass clef notes?",
      "How do I count rhythms like dotted quarter notes?"]),
    ("I'd like to try kettlebell workouts at home. Total beginner.",
     "Kettlebells are great for a home setup because one bell covers a lot of exercises. Do you know what weight you're thinking of buying?",
     ["no idea, I'm a woman around 140 pounds and fairly active",
      "Is the kettlebell swing bad for your back?",
      "How many days a week should I train with it?"]),
    ("I got an email saying my bank account is locked and I need to click a link to verify my identity.",
     "That's a classic phishing pattern, so it's best not to click the link. Did the email come from your bank's real address, or something that looks slightly off?",
     ["the sender looks weird, like a random gmail address",
      "I already clicked it but didn't type anything, am I ok?",
      "How do I report it to my bank?"]),
    ("My in-laws are staying with us for three weeks over the holidays and I'm already stressed.",
     "Three weeks is a long stretch for anyone, so it makes sense to plan a bit ahead. Is it the space that worries you, or more the time together?",
     ["honestly both, we have a two-bedroom apartment",
      "How do I ask my husband to take them out sometimes so I get a break?",
      "What are some easy meals I can make for six people night after night?"]),
    ("i want to make ramen broth from scratch, not the packet kind",
     "Nice, homemade broth is a big step up. Are you thinking of a rich pork tonkotsu style, or a lighter chicken or soy-based one?",
     ["the creamy pork kind",
      "How long does tonkotsu have to simmer?",
      "What do I put in the tare?"]),
    ("I want to write a short story for a local contest. The limit is 2,500 words.",
     "2,500 words is enough for one strong scene or a small turning point, but not much more. Do you already have an idea, or are you starting from nothing?",
     ["I have a character, an old lighthouse keeper, but no plot",
      "How many characters can a story that short really handle?",
      "How do I end it without it feeling rushed?"]),
    ("My laptop is getting really slow and it's only three years old.",
     "Three years isn't old, so it's often software rather than the hardware wearing out. Is it a Windows laptop or a Mac, and does it have a traditional hard drive or an SSD?",
     ["Windows, and I'm not sure about the drive",
      "Would adding more RAM help?",
      "Is a fresh reinstall of Windows worth it?"]),
    ("My sister and I want to plan a family reunion for about 60 people next summer.",
     "That's a big, fun project, and starting a year out is smart. Have you picked a rough location, like someone's property, a park or a rented venue?",
     ["probably a park pavilion near where our grandparents live",
      "How do we split the cost between families fairly?",
      "What activities work when ages range from 2 to 90?"]),
    ("I keep getting a cramp in my side whenever I go for a run.",
     "Side stitches are really common, especially in newer runners, and are often linked to breathing patterns or eating too soon before running. How long before your run do you usually eat?",
     ["like 30 minutes before",
      "Is there a way to get rid of one while I'm still running?",
      "Does breathing through my nose help?"]),
    ("i want to learn to solder so i can fix my own guitar pedals",
     "That's a great reason to learn, and pedals are a nice first project. Do you already have a soldering iron, or are you starting from scratch?",
     ["starting from scratch",
      "Should I use lead-free solder or the regular kind?",
      "What's a good practice kit before I touch my real pedals?"]),
    ("Can you help me write a short bio for my pottery studio's website?",
     "Sure. A good studio bio is usually three or four sentences: who you are, what you make and what makes your work feel like yours. What kind of pottery do you make?",
     ["mostly functional stoneware, mugs and bowls with blue glazes",
      "Should it be in first person or third person?",
      "Can you make it sound warm without being cheesy?"]),
    ("Our toddler just learned to climb out of her crib.",
     "That's a big milestone, and a bit scary. Most parents either lower the mattress if possible or start thinking about a toddler bed. How old is she?",
     ["she just turned two",
      "Are sleep sacks supposed to stop them climbing?",
      "How do we keep her in a big-kid bed all night?"]),
    ("I'm studying for my driving theory test and I keep failing the road sign questions.",
     "Road signs are mostly about shapes and colors, so learning the patterns helps more than memorizing each sign one by one. Which kinds of signs trip you up the most?",
     ["the warning ones versus the regulatory ones",
      "How many practice tests should I do before the real one?",
      "Are there any apps that make it stick?"]),
    ("I want to paint my living room but it faces north and gets hardly any light.",
     "North-facing rooms get cool, bluish light, so colors with warm undertones usually look better there than stark whites or grays. What mood are you going for?",
     ["cozy, but I don't want it to feel dark",
      "Should I go with flat or eggshell finish?",
      "How do I test paint colors properly before buying gallons?"]),
    ("Me and two friends want to start a lawn mowing business this summer. We're 16.",
     "That's a great first business, and a lot of people in your area probably need help. Do you have your own mower, or would you use your customers' equipment?",
     ["one of us has a mower and a trimmer",
      "How much should we charge for a normal front and back yard?",
      "How do we get our first customers?"]),
    ("I want to start a book of family recipes to give my siblings for Christmas.",
     "What a lovely gift. The hardest part is usually collecting the recipes, since a lot of family cooking is done by memory. Are the recipes mostly written down, or in people's heads?",
     ["half are on old index cards, half are in my mom's head",
      "What's a good way to print it so it looks nice?",
      "Should I add photos and little stories with each recipe?"]),
    ("My teenager wants a part-time job but I'm worried about his grades.",
     "That's a reasonable worry, and a lot depends on how many hours he'd work. Do you have a sense of how many hours a week he's thinking about?",
     ["he says 15 to 20",
      "What kind of jobs are most flexible around school?",
      "Should he save all of his paycheck or get to spend some?"]),
    ("I'm going to be a bridesmaid and have to plan the bridal shower.",
     "Fun! Bridal showers can be anything from a tea party to a backyard brunch. Do you know the bride's style and roughly how many guests there will be?",
     ["about 25 people, she loves anything garden themed",
      "Who traditionally pays for the shower?",
      "What games are fun and not embarrassing?"]),
    ("I'd like to brew my own beer at home.",
     "Homebrewing is a fun hobby and you can start small. Are you thinking of buying a starter kit, or putting your own equipment together?",
     "Probably a kit, I don't really know what I'd need.",
     "Kits are a good way to go: most include a fermenter, airlock, sanitizer and a malt extract recipe for a 5-gallon or 1-gallon batch. What kind of beer do you like to drink?",
     ["mostly pale ales and IPAs",
      "How long does the whole process take before I can drink it?",
      "What's the most common mistake first-time brewers make?"]),
    ("I'm thinking about starting a dog walking business in my neighborhood.",
     "That can be a great low-cost business to start. Is it something you'd do full time, or on the side of another job?",
     "On the side for now, I work from home three days a week.",
     "That gives you good midday availability, which is when most owners need walks. Have you thought about whether you'll walk dogs one at a time or in small groups?",
     ["probably small groups of two or three",
      "Do I need insurance for this?",
      "What should I put in a client agreement?"]),
    ("My laptop won't show anything on my external monitor over HDMI.",
     "Let's narrow it down. Does the monitor show a 'no signal' message, or does it stay completely black?",
     "It says no signal, and I've already tried a different HDMI cable.",
     "Good, so the cable probably isn't the problem. On Windows, try pressing Windows key + P and choosing 'Extend' or 'Duplicate', and make sure the monitor's input is set to the right HDMI port. Did either of those change anything?",
     ["nope, still no signal",
      "The laptop has a USB-C port too, could I use that instead?",
      "Could it be a driver issue?"]),
    ("I'm planning a 10-day trip to Scotland in September.",
     "September is a lovely time to go, with fewer crowds than summer. Are you hoping to mostly stay in cities, or get out into the Highlands?",
     "A mix of both, but I really want to see the Highlands and maybe an island.",
     "A classic loop is a few days in Edinburgh, then up through Glencoe and Fort William to the Isle of Skye, ending back via Inverness. Will you be renting a car, or using trains and buses?",
     ["renting a car",
      "Do I need to book accommodation on Skye far ahead?",
      "How bad are the midges in September?"]),
    ("I've finished the first draft of a novel and want to find a literary agent.",
     "Congratulations on finishing, that's a huge step. Before querying, most writers revise the draft at least once. What genre is the book, and roughly how long is it?",
     "It's a cozy mystery, about 78,000 words, and I've done two rounds of revision.",
     "That length is right in range for cozy mysteries, which is great news. The next step is a query letter: a short hook, a paragraph on the plot, and a line about you. Have you started one?",
     ["I have a draft but it's almost a full page",
      "How do I find agents who actually represent cozy mysteries?",
      "Should I send it to lots of agents at once or a few at a time?"]),
    ("A family member gave us some baby chicks and we have no idea what we're doing.",
     "Don't worry, chicks are pretty hardy if they stay warm, fed and dry. How old are they, roughly?",
     "The person said about a week old. There are four of them in a cardboard box right now.",
     "At a week old they need a heat source, around 90 to 95°F at one end of the box, with a cooler side they can move to. Do you have a heat lamp or a brooder plate?",
     ["no, just the box and a towel",
      "What should they be eating and drinking?",
      "How long until they can go outside?"]),
    ("I'm trying to eat more protein but I'm vegetarian.",
     "Very doable, especially if you eat eggs and dairy. Do you include those, or are you fully plant-based?",
     "I eat eggs and dairy, just no meat or fish.",
     "That makes it much easier: Greek yogurt, cottage cheese, eggs, lentils, tofu and tempeh all pack a lot of protein. What does a typical day of eating look like for you right now?",
     ["toast for breakfast, a salad for lunch and pasta for dinner",
      "How much protein should I actually be aiming for each day?",
      "Are protein powders worth it?"]),
    ("my sewing machine keeps skipping stitches",
     "Skipped stitches are often caused by the needle, either dull, bent or the wrong type for the fabric. What fabric are you sewing?",
     "stretchy knit, like t-shirt material",
     "That's likely it: knits need a ballpoint or stretch needle, because a regular sharp needle can push the fibers aside and miss the loop. Do you know what needle is in there now?",
     ["no clue, whatever came with the machine",
      "Should I also use a different stitch for stretchy fabric?",
      "What about the thread, does that matter?"]),
]


def build(seed: int = 2036):
    return free_form(sys.modules[__name__], random.Random(seed), "vc", 0.3, 0.25, 40)


if __name__ == "__main__":
    main(build, DEFAULT_OUT)
