"""A fifth pool of varied distillation prompts: general questions that ask for an explanation
or for advice.

After the fourth pool (``training/varied_fourth.py``) general questions were still the weakest
unseen domain but one (k = 4: 1.63 tokens/step against 1.78 over all varied prompts), and the
issue asks 1.8 of them. The masks learn to predict answers, and a short fact teaches them little:
this pool's general questions ask why and how things work (science, history, money, law, the
body, language, food) or ask for a judgement (should I, is it normal, which is better), a quarter
with a sentence about the asker first and many typed as people type. Summaries of pasted
passages (emails, letters, chat logs, terms, notes) and writing requests for real situations
are the next largest parts; the other domains get a new set each.

Own ids (``vw-...``) keep the answers of the earlier pools valid. Nothing here paraphrases a
held-out prompt (``data/heldout-varied.jsonl``); tests check that no prompt is shared with it
or with the other pools.

    python -m training.varied_fifth   # writes training/data/prompts-varied-fifth-train.jsonl
"""
from __future__ import annotations

import os
import random
import sys

from .varied import HERE, free_form, main, word_problems

DEFAULT_OUT = os.path.join(HERE, "data", "prompts-varied-fifth-train.jsonl")

# Questions that want an explanation (why, how, what happens), then questions that want advice.
GENERAL = [
    "Why does a spoon look bent in a glass of water?", "Why doesn't stainless steel rust like ordinary steel does?",
    "I bought an insulated flask that keeps coffee hot all day and ice water cold overnight. How does one bottle ma"
    "nage both?",
    "Every winter I get zapped when I touch the door handle of my car. What's actually causing those static shocks?",
    "Why do mirrors flip left and right but not up and down?", "What causes the swirling colors on a soap bubble?",
    "why does rubbing alcohol feel so cold on your skin",
    "how do those click hand warmers get hot when you snap the little metal disc",
    "Why does an ice cube fresh from the freezer stick to your fingers, but one that's been sitting out for a minut"
    "e doesn't?",
    "How does superglue bond things together so fast?",
    "why does the shower curtain get sucked inward when the water is running",
    "What actually happens chemically when you strike a match?",
    "Why does a shaken can of soda spray everywhere when you open it, and does tapping the top really help?",
    "My car's tires look a bit flat on cold mornings but fine by the afternoon. Why does temperature change the air"
    " pressure in tires?",
    "Why do we get pins and needles when a limb falls asleep?",
    "How does the body decide where to store fat, and why is the pattern different for men and women?",
    "why does my stomach drop on roller coasters lol",
    "I keep waking up with painful calf cramps in the middle of the night. What causes muscle cramps like that?",
    "How do our taste buds tell sweet, salty, sour and bitter apart?",
    "I run outside every morning and once it gets cold my nose drips the whole time. Why does your nose run in cold"
    " weather?",
    "My dad was just told his kidney function is low and I realized I don't really know what kidneys do. How do the"
    "y filter the blood?",
    "Why does your face turn red when you're embarrassed?",
    "I banged my shin on a coffee table last week and the bruise has gone from purple to green to yellow. Why do br"
    "uises change color like that?",
    "What happens inside your body when you hold your breath, and what eventually forces you to breathe again?",
    "My husband is fine on six hours of sleep but I'm a wreck without nine. Why do some people need so much more sl"
    "eep than others?",
    "How does bone marrow make new blood cells?",
    "My six-year-old just lost her first tooth and wants to know why kids get two sets of teeth. Why do we?",
    "whats going on when you get a stitch in your side while running", "eli5 why you cant tickle yourself",
    "How does your body know when it's thirsty?", "why does my eyelid randomly twitch for days sometimes",
    "Why do scars look and feel different from the skin around them, and why don't they tan?",
    "Why do so many adults become lactose intolerant?", "What actually makes hair turn gray as we get older?",
    "How do hens manage to lay an egg almost every day?", "How do earthworms make garden soil healthier?",
    "Why do dogs pant instead of sweating?",
    "We watched a nature documentary where the salmon died right after laying their eggs. Why do salmon die after t"
    "hey spawn?",
    "I got a Venus flytrap for my desk and it only closes when a bug touches it twice. How does it know when to sna"
    "p shut?",
    "How do tall trees get water all the way from their roots up to leaves at the very top?",
    "How do termites build mounds that stay cool inside?", "Why does bamboo grow so incredibly fast?",
    "How do plants spread their seeds to new places when they can't move?",
    "What makes crows and other corvids so intelligent?", "How do jellyfish survive without a brain or a heart?",
    "why are moths so obsessed with lights at night",
    "How can a snake swallow an animal that's wider than its own head?",
    "My grandmother always put unripe avocados in a paper bag with a banana. Why does that make fruit ripen faster?",
    "How do mangrove trees survive growing in salt water?", "eli5 why dogs sniff each others butts when they meet",
    "Our class has tadpoles in a tank and the kids want to know what is happening as they grow legs. How does a tad"
    "pole turn into a frog?",
    "Why don't woodpeckers get brain damage from all that pecking?",
    "What causes fog to roll in early in the morning?", "why does it smell so good right after it rains",
    "How do hailstones grow so big, sometimes to the size of golf balls, during a summer storm?",
    "We camped in the Utah desert and it went from baking hot to freezing after sunset. Why do deserts get so cold "
    "at night?",
    "How do geysers like Old Faithful erupt so regularly?",
    "We're visiting a huge limestone cave on vacation next week. How do caves like that form in the first place?",
    "Why are weather forecasts pretty accurate for tomorrow but unreliable two weeks out?",
    "The news keeps saying this winter will be strange because of El Nino. What is El Nino and how does it change w"
    "eather around the world?",
    "How did the Grand Canyon get carved out?", "Where does the sand on beaches actually come from?",
    "How does frost form on a car windshield overnight?", "why is it so quiet outside after fresh snow falls",
    "What causes droughts, and why do some of them last for years?",
    "Why do all the planets orbit in roughly the same plane?",
    "What happens to an astronaut's body after spending six months on the space station?",
    "whats the reason mars looks red from earth", "How do astronomers know what distant stars are made of?",
    "My kid noticed the moon always has the same face on it. Why do we always see the same side of the moon?",
    "What are Saturn's rings made of, and how did they form?",
    "How does a rocket speed up in space if there's no air for it to push against?",
    "Why are planets and stars round instead of lumpy?",
    "what would actually happen to a person in space without a spacesuit, i feel like movies get it wrong",
    "How do scientists detect planets orbiting other stars?",
    "My son is obsessed with the sun after a school project. How does nuclear fusion in the sun's core actually pro"
    "duce light and heat?",
    "Why do comets grow long glowing tails near the sun?",
    "What is dark matter, and why do scientists believe it exists if nobody can see it?",
    "eli5 why time slows down near a black hole", "Why did the Black Death spread so quickly through Europe?",
    "How did the Byzantine Empire manage to survive for a thousand years after the western Roman Empire collapsed?",
    "How did the printing press help start the Protestant Reformation?",
    "Why did the Cold War never turn into a direct war between the United States and the Soviet Union?",
    "Why did the Industrial Revolution begin in Britain first?",
    "I just finished a documentary about Hernan Cortes. How did a few hundred Spanish soldiers manage to topple the"
    " Aztec Empire?",
    "How did the Mongols conquer such a huge empire so fast?",
    "Why did China build the Great Wall, and did it actually work?",
    "I'm reading a novel set in ancient Egypt and the Library of Alexandria keeps coming up. How was it actually de"
    "stroyed?",
    "Why did East Germany build the Berlin Wall in 1961?", "How did ancient Rome get fresh water into its cities?",
    "How did Viking longships manage to cross the North Atlantic?",
    "Why did the Ottoman Empire decline over the centuries before it finally collapsed after World War One?",
    "How did Napoleon go from an artillery officer to emperor of France?",
    "why did prohibition in the us end up failing so badly",
    "What led to the partition of India in 1947, and why was it so violent?",
    "How did the opening of the Suez Canal change world trade?",
    "My history teacher mentioned the Treaty of Versailles as a cause of World War Two. How did a peace treaty end "
    "up leading to another war?",
    "Why did the Maya abandon their great cities?", "Why do gas prices change so often, sometimes every week?",
    "I always pay my credit card balance in full, so I never pay interest. How do credit card companies still make "
    "money off me?",
    "Why can't governments just print money to pay off their debt?",
    "What causes a housing bubble, and why does it eventually burst?",
    "I'm traveling to Japan and the yen seems way cheaper than last year. How do exchange rates between currencies "
    "get decided?",
    "why do supermarkets always put the milk and eggs all the way at the back",
    "How do insurance companies actually make a profit?",
    "why do so many prices end in .99, does that trick actually work",
    "How did paper money come to replace gold and silver coins, and what gives it value today?",
    "I checked a flight to Lisbon on Monday and the price had jumped by $80 by Wednesday. Why do airline ticket pri"
    "ces change so much?",
    "What causes a bank run, and why is it so dangerous?",
    "Why are wages so much higher in some countries than in others for the same kind of job?",
    "Can you explain opportunity cost with an everyday example?",
    "whats the point of companies buying back their own stock", "Why do judges wear black robes in court?",
    "How does the US Supreme Court choose which cases to hear?",
    "What's the difference between a misdemeanor and a felony?",
    "How can a country like the UK have both a monarch and an elected parliament, and who actually holds the power?",
    "I just got my first jury duty summons and I'm a bit nervous. How does jury selection actually work?",
    "Why does every US state get two senators regardless of population?",
    "What actually happens when a president is impeached?", "How is a constitution different from ordinary laws?",
    "How do countries decide where their borders are, and what happens when two countries disagree?",
    "Why do statutes of limitations exist for some crimes?",
    "What is the difference between proportional representation and first-past-the-post voting, and why does it mat"
    "ter?",
    "Why do democracies split power into separate branches?",
    "why do cops have to tell you that you have the right to remain silent",
    "A restaurant menu was just a QR code and my mom asked how that little square holds a whole menu. How does a QR"
    " code store information?",
    "How does end-to-end encryption keep my messages private?",
    "What actually happens, step by step, between typing a website address and the page appearing?",
    "How does Netflix stream video without constant buffering?",
    "why does turning it off and on again actually fix so many computer problems",
    "How does face unlock on a phone recognize me?",
    "My IT department keeps telling us to use long passphrases instead of short complicated passwords. Why are long"
    "er passwords more secure?",
    "How does an optical computer mouse track movement?",
    "whats actually different about 5g vs 4g besides the marketing",
    "How does Bluetooth let two devices talk to each other?",
    "Why does every website ask me to accept cookies, and what are cookies actually doing?",
    "Half the emails from my kid's school land in my spam folder. How does an email provider decide what counts as "
    "spam?",
    "how does autocorrect know what word i was trying to type",
    "Why do newer computer chips keep getting faster, and what is it about smaller transistors that helps?",
    "I replaced my laptop's old hard drive with an SSD and now it boots in seconds. Why are SSDs so much faster?",
    "Why does English have so many words that come from French?", "How do new words get added to the dictionary?",
    "I'm learning German and I keep messing up der, die and das. Why do some languages give nouns a gender at all?",
    "Where did the word 'OK' come from?", "how is colonel pronounced kernel, english makes no sense",
    "How did the Latin alphabet we use today develop from earlier writing systems?",
    "I'm Canadian, writing for an American company, and my editor keeps changing 'colour' to 'color'. Why do Britis"
    "h and American English spell words differently?",
    "How do babies learn to speak their first language without anyone formally teaching them grammar?",
    "Why do people say 'um' and 'uh' when they talk?",
    "whats the actual difference between a simile and a metaphor, i always mix them up",
    "How did sign languages develop, and why isn't there just one?",
    "where does the phrase break a leg come from tbh it sounds so mean",
    "Why does searing meat make it taste so much better?",
    "Every recipe I read says to let a steak rest before cutting it. Why does resting meat actually matter?",
    "Why do you add salt to the water when boiling pasta?",
    "I'm new to baking bread and kneading for ten minutes feels pointless. What does kneading actually do to the do"
    "ugh?",
    "Why does milk cool your mouth after spicy food better than water?",
    "How does fermentation turn cabbage into sauerkraut?",
    "What happens to egg whites when they cook and turn solid?",
    "My chocolate cake rose beautifully in the oven and then sank in the middle as it cooled. Why does that happen?",
    "Why do some cheeses like mozzarella melt beautifully while others like feta just soften?",
    "What happens to sugar when it turns into caramel?", "why does fresh pineapple make my mouth tingle and sting",
    "How does sous vide cooking work, and why is it so precise?",
    "How does whipping turn liquid cream into fluffy peaks?", "Why do potatoes turn green, and is it harmful?",
    "Why do golf balls have dimples?", "How does a baseball pitcher make a curveball curve?",
    "I started watching soccer with my partner and the offside rule keeps confusing me. Why does soccer even have a"
    "n offside rule?",
    "what does hitting the wall mean in a marathon and why does it happen",
    "How does training at high altitude help endurance athletes?", "why is tennis scored 15 30 40 instead of 1 2 3",
    "How does the draft work in American pro sports, and why does it exist?",
    "Why do cyclists in the Tour de France ride in a tight pack instead of spreading out?",
    "How does Hawk-Eye decide if a tennis ball was in?",
    "My daughter just started gymnastics and her coach says being short is an advantage. Why are elite gymnasts usu"
    "ally so small?",
    "I'm learning piano and my teacher says minor chords sound sad. Why do minor and major chords make us feel so d"
    "ifferent?",
    "How does Auto-Tune change the sound of a singer's voice?",
    "Why were the Impressionists so controversial in their time?",
    "How did Renaissance painters use perspective to make flat paintings look three-dimensional?",
    "Why do a piano and a violin sound different playing the same note?", "How did the blues shape rock and roll?",
    "I went to my first orchestra concert and everyone tuned to a single note from the oboe. Why the oboe?",
    "What makes Stradivarius violins so special and expensive?", "How does a vinyl record store and play back sound?",
    "why is van gogh so famous now when he barely sold anything while alive",
    "Why does music from your teenage years seem to stick with you more than anything you hear later in life?",
    "How did hip hop start in the Bronx in the 1970s?", "Why do embarrassing memories stick with us for years?",
    "I've tried to quit checking my phone first thing in the morning at least ten times. Why are bad habits so hard"
    " to break?",
    "What is the sunk cost fallacy and why do we fall for it?",
    "I'm 45 and the years seem to fly by compared to when I was a kid. Why does time seem to speed up as we get old"
    "er?",
    "What is the bystander effect, and why does it happen?",
    "why do i forget what i was doing the second i walk into a room", "Why do people feel nostalgic for the past?",
    "What is imposter syndrome, and why do even really successful people experience it?",
    "tbh why am i so bad at multitasking, is anyone actually good at it",
    "Why do we find some faces more attractive than others?",
    "My roommate buys lottery tickets every week even though he knows the odds. Why do people keep gambling when th"
    "ey usually lose?",
    "How do suspension bridges hold up such long spans?", "How do maglev trains float above the track?",
    "How do the locks on the Panama Canal lift huge ships over the mountains?",
    "Why are cars designed with crumple zones?",
    "I work on the 40th floor and on windy days I swear the building sways. How are skyscrapers built to handle str"
    "ong winds?",
    "How does an automatic transmission know when to shift gears?", "Why are manhole covers almost always round?",
    "How do anti-lock brakes stop a car from skidding?", "why do airport runways have numbers painted on the ends",
    "How does a hybrid car switch between gas and electric power?",
    "How do engineers build bridge foundations in the middle of deep rivers?",
    "Is it bad to nap for two hours on weekends?",
    "should i see a doctor about a mole that changed shape or just wait and see",
    "I'm 41 and reading small print has gotten noticeably harder over the past year. Is it worth getting proper pre"
    "scription glasses, or are cheap drugstore readers fine?",
    "What do you think about sleep trackers? Do they actually help people sleep better or just make them anxious?",
    "is it normal to need like 10 hours of sleep to feel rested",
    "I've had trouble falling asleep for a few weeks since starting a stressful new project. Is melatonin a reasona"
    "ble thing to take for now, or are there downsides I should know about?",
    "I work night shifts three times a week and my sleep is a mess on my days off. Should I stay on a night schedul"
    "e all week or flip back to days each time?",
    "how worried should i be that my resting heart rate is 48",
    "My partner snores so loudly that I end up in the spare room most nights. Is sleeping in separate bedrooms a ba"
    "d sign for a relationship, or just practical?",
    "whats better for a stiff neck, heat or ice",
    "i sit at a desk 9 hours a day and my lower back is killing me by friday. whats better, a standing desk or just"
    " a really good chair",
    "I've had knee pain on and off for about three months. It's not terrible, but it flares up after long walks. Is"
    " it worth seeing a physiotherapist, or should I just rest it?",
    "is it bad to fall asleep with the tv on every night",
    "I just moved from Spain to Scotland and the winters here are so dark. Is it worth taking vitamin D, and is the"
    "re anything else I should do to keep my mood up?",
    "Should I do cardio before or after lifting weights?",
    "im 52 and have never lifted weights in my life. is it too late to start or am i just going to hurt myself",
    "What's better for losing belly fat, running or strength training?",
    "I've been going to the gym three times a week for six months and the scale hasn't moved at all, although my cl"
    "othes fit differently. Should I be worried, or change my plan?",
    "home gym vs gym membership, which makes more sense long term",
    "I'm 58 and I walk for about an hour every day with my dog. Is that enough exercise on its own, or do I need so"
    "mething more intense?",
    "is it bad to work out every single day",
    "I've only ever run 5k races, and a friend wants me to sign up for a half marathon in four months with her. Is "
    "that a sensible jump or am I setting myself up for injury?",
    "What do you think about yoga versus pilates for someone with a weak core?",
    "Is it worth joining a gym with a pool if I only swim now and then?",
    "should i join a running club or keep running on my own",
    "Is intermittent fasting worth trying, or is it just a fad?", "are frozen veggies really as good as fresh ones",
    "I live alone and end up throwing away half the groceries I buy. Is a meal kit subscription worth it for one pe"
    "rson, or is there a smarter approach?",
    "whats better for losing weight, cutting carbs or cutting fat",
    "My 14-year-old daughter has announced she's going vegetarian. Should I be worried about her getting enough nut"
    "rients, and how should I handle it as a parent?",
    "is protein powder actually necessary if im just doing casual workouts", "Is organic food worth the extra money?",
    "Is it worth buying an air fryer, or is it mostly hype?",
    "i drink around 4 energy drinks a day, how bad is that honestly",
    "im 26, live alone and eat out or order in like 5 nights a week. is it actually worth learning to cook properly"
    " or is that just something people say",
    "How seriously should I take best-before dates on things like yogurt and cheese?",
    "Should I pay off my car loan early or invest the extra money?",
    "I've never had a credit card because I'm scared of debt and prefer paying cash. Is it worth getting one just t"
    "o build a credit history?",
    "My grandmother left me about $20,000. I have no debt apart from a small car loan. What should I consider befor"
    "e deciding what to do with it?",
    "should i lend my brother money again? he never paid me back last time",
    "Is it smart to keep part of my emergency fund as cash at home?",
    "I'm 28, I earn a decent salary, but every month the money just seems to disappear. Is a budgeting app worth tr"
    "ying, or should I go old school with the envelope method?",
    "is it dumb to buy a brand new car instead of a used one",
    "My partner and I just moved in together and I earn about twice what she does. Should we split rent and bills 5"
    "0/50 or proportionally?",
    "What do you think about buying extended warranties on electronics?",
    "My coworkers talk about crypto constantly and I'm starting to feel like I'm missing out. Is it reasonable to p"
    "ut a small part of my savings into it?",
    "I'm a graphic designer with a few regular side clients. How big a savings cushion should I have before I quit "
    "my job to go freelance full-time?",
    "Term or whole life insurance, which is the smarter choice for most people?",
    "my friends keep planning expensive trips and i cant really afford them. should i just say no or go and put it "
    "on my card",
    "Should I accept a counteroffer from my current employer?",
    "I've been offered a promotion to team lead, but I really enjoy the hands-on technical work and I'm not sure I'"
    "d like managing people. Should I take it?",
    "is it bad to leave a job after only 8 months",
    "What do you think about unlimited vacation policies? Are they a good deal for employees or a bit of a trap?",
    "A coworker keeps presenting my ideas as his own in team meetings. How should I deal with it without creating d"
    "rama?",
    "Is a master's degree worth it for switching careers into data analysis?",
    "how honest should i be in an exit interview",
    "I've been offered a job with a four-day week, but it pays about 10% less than what I earn now. Is it worth the"
    " pay cut?",
    "I'm 45 and seriously thinking about retraining as a nurse. Am I being realistic, and what should I weigh up be"
    "fore I commit?",
    "what do u think about switching jobs every 2 years just for the pay bump",
    "Is it unprofessional to cry at work, and how should I handle it if it happens?",
    "My old company just asked if I'd come back, for more money than I make now. I left because of a bad manager wh"
    "o has since left. Is going back a good idea?",
    "I'm 63 and planning to retire next year, but I'm worried I'll be bored and lose my sense of purpose. What shou"
    "ld I think about before I hand in my notice?",
    "is it normal to feel nervous before literally every meeting at work",
    "i just graduated in computer science and have two offers, one from a 20 person startup and one from a huge ban"
    "k. which would u pick for a first job",
    "My boss messages me on weekends and expects quick replies. Is it reasonable to push back, and how would you ap"
    "proach it?",
    "Is it better to study in long sessions or short bursts?",
    "Flashcards or practice tests, which works better for exam prep?",
    "I'm in my final year of a chemistry degree and I can't decide between doing a PhD or getting a job in industry"
    ". What should I be thinking about?",
    "is it worth learning japanese if i have no plans to ever live there",
    "What do you think about listening to music while studying?",
    "I've started three online courses this year and finished none of them. Is that a motivation problem, or am I j"
    "ust picking the wrong courses?",
    "Is it normal to forget most of what I read in books?",
    "should i retake a class to bump up my gpa or just move on",
    "Is it better to learn one foreign language really well or dabble in a few?",
    "Coding bootcamp or teaching myself, what's the better route into web development?",
    "My son wants to study philosophy at university, and relatives keep telling him it's a waste of money. What's y"
    "our honest take, and how can I support him?",
    "is it cheating to use ai to help me understand my homework",
    "Is it normal to slowly drift apart from childhood friends?",
    "My best friend is marrying someone I genuinely don't like and who I think treats her badly. Should I say somet"
    "hing before the wedding or keep quiet?",
    "how do u know if a friendship is worth saving or if its run its course",
    "should i go to my exs wedding if i got invited",
    "What do you think about couples keeping completely separate bank accounts?",
    "My boyfriend wants us to move in together after six months of dating. Is that too fast, or is there no such th"
    "ing as a right timeline?",
    "my friend always cancels plans last minute. should i just stop inviting her",
    "How can I deal with feeling jealous of a close friend's success?",
    "I moved cities last year, I'm 34, and most of my old friends are far away now. Is it weird to use friendship a"
    "pps to meet people at my age?",
    "I've been with my partner for a year and we disagree about whether we want kids. Is it worth continuing and ho"
    "ping one of us changes our mind?",
    "How much should I share about my past in the first few dates?",
    "How can I deal with a friend who only ever talks about her own problems?",
    "My brother and I share the care of our aging father, but I end up doing almost all of it. How can I bring this"
    " up without starting a family fight?",
    "is it normal to not really want a big group of friends",
    "Is it a red flag if my partner never wants me to meet their friends?",
    "what do you think about staying friends with an ex",
    "should i let my 4yo watch youtube while i cook dinner or is that bad",
    "Our kids are 6 and 9 and keep asking for money for little things. Should we start giving them an allowance, an"
    "d should it be tied to chores?",
    "My 7-year-old still ends up in our bed most nights. Is that a problem, and should we push her to sleep in her "
    "own room?",
    "Is it normal for a two-year-old to have several tantrums a day?",
    "Piano lessons or a team sport, which is better for a shy eight-year-old?",
    "is it bad to bribe my kid with dessert to get him to eat vegetables",
    "My parents babysit our kids twice a week, which is a huge help, but they ignore our rules on sugar and screen "
    "time. How can I deal with this without seeming ungrateful?",
    "Should I tell my kids when our family is having money problems?",
    "My son is 15 and wants to quit the soccer team he's played on since he was seven. Should I let him quit now or"
    " make him finish the season?",
    "what age is it ok to leave a kid home alone for an hour",
    "Should siblings share a bedroom, or is it better for them to have their own?",
    "Is it normal not to feel much love for your newborn in the first few weeks?",
    "We're expecting our second child and our first is only 18 months old. Any tips for preparing a toddler for a n"
    "ew baby?",
    "Should I adopt one cat or two?", "Is pet insurance worth it, or is it better to save the money myself?",
    "My dog is 13 and has slowed down a lot; he sleeps most of the day and struggles with stairs. How do I know whe"
    "n it's time to talk to the vet about putting him down?",
    "is it cruel to keep a cat indoors all the time", "Puppy or adult rescue dog if I work full time?",
    "is it normal for my cat to sleep like 18 hours a day",
    "i really want a dog but i work 9 to 5 in an office with a long commute. is it fair to leave a dog alone that l"
    "ong or should i wait",
    "We're moving abroad for two years. Should we bring our 14-year-old cat with us or rehome her with family back "
    "home?",
    "Rabbit or guinea pig for a small apartment?", "What should I consider before getting a second dog?",
    "my dog growls when anyone gets near his food bowl. should i be worried",
    "Should I live alone or with roommates when I move to a new city?",
    "We're choosing between a bigger house with a 70-minute commute and a small flat ten minutes from work. What sh"
    "ould we consider?",
    "is a smart thermostat actually worth it or just a gadget",
    "I accidentally caused a small leak under the kitchen sink in my rental. Should I tell my landlord or just fix "
    "it myself quietly?",
    "I'm 30 and planning to move back in with my parents for a year to save for a deposit. Is that a sensible plan "
    "or a step backwards?",
    "My wife got a job offer in Singapore and I'd have to leave my job to go with her. What should I consider befor"
    "e agreeing to move?",
    "should i buy a house with a huge garden if i dont even like gardening",
    "Is it worth buying a fixer-upper as a first home?", "Should I get a dehumidifier for a damp basement apartment?",
    "Is it worth getting solar panels if I might sell the house in five years?",
    "Is travel insurance worth it for a short trip?", "Should I book my flights now or wait for prices to drop?",
    "im going to italy for 10 days, is it better to stay in one city or move around",
    "Is it safe to travel solo as a woman in my 20s, and what should I keep in mind?",
    "is it ok to take my kids out of school for a week because the holiday is way cheaper",
    "I have two weeks off this year and a fairly tight budget. Should I do one big trip or a few short weekend geta"
    "ways?",
    "Carry-on only or a checked bag for a two-week trip?",
    "Is it worth getting a rail pass for three weeks of backpacking in Europe?",
    "My parents are in their late 70s and want to fly 14 hours to visit us. Should we encourage them, or suggest we"
    " visit them instead?",
    "A group of friends from work invited me on a week-long trip to Portugal, but I've never traveled with any of t"
    "hem. Is that a bad idea, and how can I make it go smoothly?",
    "is it worth upgrading my phone every 2 years", "Mac or Windows laptop for a university student?",
    "My laptop is six years old and I only use it for email, browsing and streaming. Should I buy a new one or just"
    " put a faster SSD in it?",
    "are expensive noise cancelling headphones worth it or is it mostly the brand",
    "Is it worth paying for a password manager when browsers have one built in?",
    "should i get a gaming pc or a console, im on a budget",
    "Is a smartwatch worth it if I'm not really into fitness?",
    "Is it better to pay for extra cloud storage or keep my photos on an external hard drive?",
    "is a used electric car a good idea or will the battery be dead in a few years",
    "I'm a freelance photographer and my 27-inch monitor just died. Is it worth spending extra on a color-accurate "
    "monitor, or will a normal one do?",
    "Is it too late to learn piano at 60?",
    "I've gotten really into woodworking and friends keep asking to buy my cutting boards. Should I turn it into a "
    "small side business or keep it as a hobby?",
    "is it wierd to go to concerts alone", "What do you think about paint-by-numbers as a way to get into painting?",
    "how do i choose between climbing and martial arts as a new hobby",
    "Is it worth buying an expensive guitar as a beginner, or should I start cheap?",
    "I only have about five free hours a week. Is it better to focus on one hobby or try several?",
    "My husband has started spending most weekends fishing and I feel a bit left behind. Should I try to join him o"
    "r find my own hobby?",
    "is it worth getting into board game cafes or just buy games for home",
    "is it normal to feel lonely even when im surrounded by people",
    "Should I try therapy even if nothing is really wrong?",
    "How can I deal with Sunday-night dread about the work week?",
    "i feel like im falling behind everyone my age. how do u stop comparing yourself",
    "I started a new job two months ago and I constantly feel like a fraud who's about to be found out. Is this imp"
    "ostor syndrome, and how do people get past it?",
    "im a teacher and completely drained after a rough term. is it okay to take a sick day purely for my mental hea"
    "lth or is that unfair on my colleagues",
    "What do you think about journaling apps versus a paper notebook?",
    "is it normal to not have any passion or big goal in life",
    "My mom passed away six months ago and I still cry most days. Is that normal, and when should I consider grief "
    "counseling?",
    "Should I delete social media for a month as an experiment?",
    "I always say yes to everything and then feel exhausted and resentful. Is there a way to change that without fe"
    "eling guilty?",
    "Is it healthy to spend most of my free time alone if I enjoy it?",
    "The cashier gave me $20 too much in change and I only noticed when I got home. Is it worth driving back to ret"
    "urn it?",
    "is it wrong to regift something i got from a friend",
    "Should I report a coworker who I know is faking sick days?",
    "A friend asked me to be a reference for a job I honestly don't think she's suited for. Should I agree, decline"
    ", or tell her what I think?",
    "Should I tell my friend I saw her boyfriend on a dating app?",
    "is it wrong to return clothes after wearing them once",
    "Is it ethical to buy fast fashion if it's all I can afford?",
    "What do you think about giving money to people begging on the street?",
    "I found a wallet with $200 in cash and an ID, but the owner lives two hours away. What's the right thing to do"
    " here?",
    "is it wrong to call in sick to go to a concert", "How much should I spend on a wedding gift?",
    "Is it rude to bring my own food to a dinner party because of my diet?",
    "what do u think, is it rude to wear headphones all day in an open plan office",
    "Is it okay to bring a plus-one to a wedding if the invitation doesn't mention one?",
    "I'm hosting my in-laws for the first time next week. Should I let them pay when we go out to dinner or insist "
    "on paying, and what else should I think about?",
    "Is it rude to leave a party without saying goodbye?",
    "How long is too long to take to reply to a friend's text?", "is it rude to ask guests to take their shoes off",
    "Should I tip on takeout orders?",
    "Is it bad manners to insist on splitting the bill by what each person ordered?",
    "Is it rude to skip tipping in a country where locals don't tip but tourists usually do?",
    "My neighbor's kid mows our lawn every week and my partner thinks we pay him too little. What's a fair rate for"
    " a teenager, and should we raise it?",
]

HOWTO = [
    "How do I get rid of fruit flies in my kitchen?", "How do I get rust off garden tools?",
    "How do I write a resignation letter that keeps things friendly?", "How do I fix a squeaky door hinge?",
    "How do I make yogurt at home without a yogurt maker?", "How do I trim my dog's nails without hurting him?",
    "How do I replace a bike's brake pads?", "How do I dry flowers from my wedding bouquet?",
    "How do I split household bills fairly with a partner who earns more?",
    "How do I get rid of a musty smell in my car?", "How do I cook rice in the oven?",
    "How do I stop my cat from waking me up at 5am?", "How do I sharpen a kitchen knife with a whetstone?",
    "How do I make a bird feeder from a plastic bottle?", "How do I remove a red wine stain from a carpet?",
    "How do I prepare for a group interview?", "How do I grow herbs on a windowsill?", "How do I start journaling?",
    "How do I clean a yoga mat?", "How do I ripen an avocado faster?", "How do I get my baby to nap longer?",
    "How do I move my contacts from an Android phone to an iPhone?", "How do I caulk a bathtub?",
    "How do I make my own bread crumbs?", "How do I learn the lyrics of a song quickly?",
    "How do I get rid of limescale on a shower head?", "How do I change the oil in my lawn mower?",
    "How do I fill gaps between floorboards?", "How do I fold a fitted sheet?",
    "How do I teach a child to tie their shoes?", "How do I make a sourdough starter from scratch?",
    "How do I replace a car's windshield wiper blades?", "How do I plan a road trip on a budget?",
    "How do I keep my cutting boards from smelling?", "How do I get my dog used to a crate?",
    "How do I clean a microwave quickly?", "How do I make a smoothie without a blender?",
    "How do I break in new leather shoes?", "How do I return an item I bought online from abroad?",
    "How do I freeze soup without freezer burn?",
]
HOWTO_LEADS = [
    "", "", "", "Quick question: ", "ok so ", "First time doing this. ", "My roommate wants to know: ",
]

CODE = [
    "Write a Python function that rotates a list by k positions.",
    "How do I undo my last commit in git without losing the changes?",
    "Write a SQL query that finds the day with the highest number of sign-ups.",
    "What is a race condition, and how do I avoid one?",
    "Write a JavaScript function that formats a number as a price with two decimals.",
    "How do I read a CSV file with pandas and show the first five rows?",
    "Write a Python function that checks whether a sentence uses every letter of the alphabet.",
    "Why does my Python code say 'IndentationError: unexpected indent'?",
    "Write a bash one-liner that counts the lines in every .py file in a folder.",
    "How do I install a specific version of a package with pip?", "What is memoization? Show me a small example.",
    "Write a Rust function that counts the words in a string slice.",
    "What does 'async' and 'await' do in JavaScript?",
    "Write a Python class for a bank account with deposit and withdraw methods.",
    "How do I see what changed between two commits in git?",
    "Write a SQL query that returns the average salary per department.",
    "What does 'this' refer to inside a JavaScript arrow function?",
    "Write a Python function that turns a number of seconds into hours, minutes and seconds.",
    "How do I make an HTTP GET request in Python?",
    "Write a C program that reads a number and says whether it is even or odd.",
    "What is a hash table and why is it fast?", "Write a JavaScript function that flattens a nested array.",
    "My React component renders twice. Why?",
    "How do I remove the newline at the end of each line I read from a file in Python?",
    "Write a Python function that checks if a year is a leap year.", "What does 'git stash' do?",
    "Write a Go function that sums a slice of integers.", "What is Big O notation, in simple words?",
    "Write a regular expression that matches a US phone number.", "How do I write to a text file in Python?",
    "Write a SQL query that joins an orders table with a products table and shows the product names.",
    "When should I use a set instead of a list in Python?",
    "Write a Python function that masks all but the last four digits of a card number.",
    "Why am I getting 'TypeError: can only concatenate str (not \"int\") to str'?",
    "Write a JavaScript function that deep-copies an object.", "How do I make an image responsive in CSS?",
    "Write a Python script that prints the size of every file in a folder.",
    "What is an environment variable and how do I read one in Python?",
    "Write a Java class with a constructor and a getter for a Person's name and age.",
    "How do I find out which version of Python I have installed?",
    "Write a Python function that validates that a password has at least 8 characters and one digit.",
    "What is an index in a database, and when should I add one?",
    "Write a function that checks whether a binary tree is balanced.",
    "How do I get today's date in the format YYYY-MM-DD in Python?",
    "Write a shell command that shows the 10 biggest folders in my home directory.",
]

MATH_FORMS = [
    "A shirt costs ${e} and is on sale for {c}0% off. What is the sale price?",
    "I drove {d} km in {c} hours. What was my average speed?", "What is {e} squared minus {b} squared?",
    "A pizza is cut into {b2} slices and {n} eats {c}. What fraction of the pizza is left?",
    "Convert {e} degrees Celsius to Fahrenheit.", "What is {c}/{b4} plus {a}/{b4}?",
    "{n} reads {e} pages a day. How many days does a {d}-page book take?",
    "A rectangle is {e} m long and {b} m wide. What is its area and perimeter?",
    "The bill is ${d} and we are {b} people. How much does each pay with a {c}0% tip?",
    "What is the least common multiple of {b} and {c}?", "Solve for x: {b}x - {c} = {e}",
    "How many seconds are there in {c} hours?", "What is {a}% of {d}?",
    "A phone plan costs ${e} a month plus ${c} per GB. How much for {b} GB?",
    "If {c} pencils cost ${b}.{e}, how much do {b2} pencils cost?",
    "A car uses {c} liters of fuel per 100 km. How much fuel for a {d} km trip?",
    "what is the square root of {b4} times {c}", "Is {d} divisible by {c}?",
    "{n} ran {c} km on Monday and {b} km more on Tuesday. How far did she run in total?",
    "A cube has sides of {b} cm. What is its volume?", "What is {c} to the power of {b}?",
    "A tank holds {d} liters and drains at {c} liters a minute. How long until it is empty?",
]
MATH_NAMES = [
    "Mara", "Ravi", "Sofia", "Kenji", "Ines", "Malik", "Freya", "Tomas", "Leila", "Bruno",
]


LISTS = [
    "List some ways to keep a rented flat cool in a heatwave.",
    "What are some good books for someone who loved Harry Potter?",
    "Give me ideas for a kid's birthday party at home.", "What are the main causes of stress at work?",
    "List some indoor plants that are safe for cats.", "What are some exercises to improve my balance?",
    "Give me a packing list for a ski trip.", "What are some ways to use up stale bread?",
    "List some easy meals I can cook in one pot.", "What are some questions to ask a landlord before renting?",
    "Give me some ideas for a farewell gift for a teacher.", "What are some fun things to do in Tokyo?",
    "List the main food groups with examples.", "What are some good habits for better sleep?",
    "Suggest some names for a bookshop that also sells plants.", "What are the warning signs of burnout?",
    "List some ways to meet people after retiring.", "What are some cheap ways to decorate a bedroom?",
    "Give me ideas for a brunch menu for eight people.", "What should I bring to a job interview?",
    "List some card games for two players.", "What are some good documentaries about the ocean?",
    "What are some ways to be more eco-friendly at home?", "Give me some conversation starters for a first date.",
    "List some famous bridges and where they are.", "What are some easy ways to add more protein to my diet?",
    "Suggest some quiet activities for a child who is home sick.",
    "What are the most important things in a first-aid kit?", "Give me a checklist for hosting a garage sale.",
    "What are some good stretches for people who sit all day?", "List some things to do before a long flight.",
    "What are some tips for writing a good wedding speech?", "Suggest some gift ideas for a coworker under $20.",
    "What are some good ways to start a morning routine?", "List some animals that live in the Arctic.",
]

WRITING = [
    "Write a text to my brother Sam congratulating him on passing his driving test on the first try.",
    "Write a polite note to my neighbour at number 12 asking them to keep their bins off the shared driveway on Tue"
    "sday mornings, because I leave for work at 7 and can't get my car out.",
    "Write an email to my son's football coach explaining that he'll miss the next two training sessions because he"
    " sprained his ankle.",
    "Write an apology email to a customer, Mr. Delgado, who was charged twice for the same order. The extra charge "
    "has been refunded and should appear in 3-5 working days.",
    "write a quick text to my landlord saying the kitchen tap has been dripping for a week and asking when someone "
    "can come look at it",
    "Write a thank-you email to a hiring manager after a job interview for a junior accountant role.",
    "hey can you write a message inviting my coworkers to a board game night at my place next friday",
    "Write a short reminder for the office group chat that the quarterly reports are due by noon on Wednesday.",
    "Write a note to my daughter's teacher asking if we could meet to talk about how she's getting on with reading.",
    "Write a complaint email to an airline about a suitcase that still hasn't arrived five days after my flight.",
    "Write a thank-you card for our neighbours Ruth and Alan, who fed our cat for two weeks while we were in Spain.",
    "Write a short poem about a bicycle left out in the rain.",
    "Write a four-line poem about the smell of fresh bread in the morning.", "Write a haiku about a power cut.",
    "Write a short poem about nurses working the night shift at a hospital.",
    "Write a limerick about a goat who ate somebody's homework.",
    "Write a very short story about a girl who finds a message in a bottle on her walk to school.",
    "Write a 150-word story about an old man teaching his granddaughter to fish.",
    "Write a short story about a bus driver who notices the same quiet passenger every morning.",
    "Write a short sci-fi story in which a delivery drone gets lost and ends up somewhere unexpected.",
    "Write the opening of a best man's speech for my friend Tom, who met his wife Alice at a salsa class.",
    "Write a short toast for my sister's housewarming party.",
    "Write a one-minute speech for the opening of our town's new community garden.",
    "Write a short speech for my grandfather's 85th birthday lunch. He was a carpenter for 50 years and he loves cr"
    "osswords.",
    "Write a product description for a hand-knitted wool scarf in forest green.",
    "Write a holiday rental listing for a one-bedroom flat near the beach in Brighton with a small balcony.",
    "Write a listing for a second-hand sofa I'm selling: grey, three-seater, 4 years old, small stain on one cushio"
    "n, asking 120 pounds.",
    "Write a product description for a children's raincoat with reflective strips.",
    "Write an Instagram post for my bookshop announcing a poetry night this Thursday at 7pm.",
    "write a facebook post asking if anyone in the neighbourhood has seen my grey cat Pepper, she's been missing si"
    "nce sunday",
    "Write a tweet celebrating finishing my first 5k run.",
    "Write a LinkedIn post about finishing my nursing degree while working part-time.",
    "Write a cover letter paragraph explaining why I want to move from retail management into HR.",
    "Write the opening paragraph of a cover letter for a junior web developer job at a charity.",
    "Write a cover letter paragraph for a library assistant job, mentioning that I volunteered in my school library"
    " for three years.",
    "Write a slogan for a dog grooming salon.",
    "Give me five slogan ideas for a campaign to get people to cycle to work.",
    "Write a catchy slogan for a family-run ice cream van.",
    "Write a dialogue between a teenager and their mum arguing about screen time.",
    "Write a short dialogue between a nervous first-time flyer and the stranger in the next seat.",
    "Rewrite this sentence to sound more polite: \"You forgot to send the file again, I need it now.\"",
    "Make this sound more professional: \"hey, can't make the call tmrw, something came up, lets do next week\"",
    "Rewrite this in a friendlier tone: \"Your payment is overdue. Pay immediately to avoid account suspension.\"",
    "Rewrite this sentence so it sounds excited instead of bored: \"We are having a staff picnic on Friday.\"",
    "Rewrite this in a formal tone: \"The boss says we gotta finish this thing by Friday or we're in trouble.\"",
    "can u write a sorry text to my gf, i forgot to book our anniversary dinner and now everywhere is full",
    "Write a message for our apartment building's group chat reminding everyone that the water will be off on Thurs"
    "day from 9 to 12.",
    "Write a polite message to a colleague who keeps booking meetings during my lunch break.",
    "Write a short email asking my teacher if I can resubmit my science project after fixing the mistakes.",
    "Write an email telling a customer that the blue lamp they ordered is out of stock and offering them the grey o"
    "ne or a full refund.",
    "Write a thank-you note to the midwife who helped deliver our daughter, Rosa.",
    "Write an invitation for my son Leo's 6th birthday party. It's dinosaur-themed, at Victoria Park on 14 June at "
    "2pm.",
    "Write an invitation to a street party to celebrate the end of summer.",
    "Write a short poem for my mum's retirement. She was a primary school teacher for 35 years.",
    "write a lil poem about my cat knocking things off the table lol",
    "Write a bedtime story about a hedgehog who is scared of the first frost.",
    "Write a short story told from the point of view of a vending machine in a train station.",
    "Write a message to a friend I haven't talked to in two years, saying I miss her and would love to catch up.",
    "Write a friendly sign for the office kitchen asking people to wash their own mugs.",
    "Write a short reference for my former babysitter, Hannah, who looked after my twins for two years.",
]

SUMMARY = [
    "Summarize this email:\n\nHi all, as you know, we are moving to the new expense system on the 1st of next month"
    ". From that date, paper receipts will no longer be accepted. Please photograph every receipt with the app and "
    "submit claims within 30 days of the purchase. Claims under 50 dollars are approved automatically; anything abo"
    "ve that goes to your line manager. Training sessions run on Tuesday and Thursday at 11am in Room 4, and a reco"
    "rding will be on the intranet. If you have old claims still pending, submit them on paper by the 28th. Thanks,"
    " Priya (Finance)",
    "TL;DR?\n\nDear families, what a busy term it has been! Year 4 finished their Egypt project with a fantastic mu"
    "seum afternoon, and the choir sang at the care home on Main Road. A few reminders: school photos are on Wednes"
    "day the 12th, so please send children in full uniform. The car park gate will now close at 8:50am sharp for sa"
    "fety reasons. Lost property is overflowing; anything unnamed will be donated at half term. Finally, we are sti"
    "ll looking for two parent volunteers to help with the Friday reading club. Please contact the office if you ca"
    "n spare an hour.",
    "Give me the three main points:\n\nThe regional rail operator announced on Monday that it will add late-night t"
    "rains on weekends starting in April. Services between the city centre and the airport will run until 2am on Fr"
    "idays and Saturdays, up from the current last train at 11:30pm. The company said the change follows complaints"
    " from hospitality workers who struggle to get home after late shifts. Ticket prices will not change, but the o"
    "perator warned that some Sunday morning services may be delayed while engineering work is moved to weekday nig"
    "hts. A trial will run for six months before a final decision is made.",
    "Can you make this shorter?\n\nTo whom it may concern, I am writing about the washing machine I bought from you"
    "r store on the 3rd of May. After only five weeks it started leaking from the bottom during every wash, and the"
    " kitchen floor has been soaked twice. I called your helpline on the 10th of June and was promised an engineer "
    "within three working days, but nobody came. I called again and was told there was no record of my first call. "
    "I have now been without a working machine for nearly three weeks. I would like either a replacement or a full "
    "refund, and I expect a reply within seven days.",
    "What does this say, in plain English?\n\nSubscription fees are billed in advance on a recurring monthly basis "
    "and are non-refundable except where required by law. You may cancel at any time via your account settings; can"
    "cellation takes effect at the end of the current billing period, and you will retain access until that date. W"
    "e reserve the right to modify fees upon thirty (30) days' prior written notice. Continued use of the Service f"
    "ollowing the effective date of any fee change constitutes acceptance of the revised fees. Promotional pricing "
    "applies only to the initial term specified and reverts to the standard rate thereafter.",
    "Turn these notes into a short summary:\n\n- website launch pushed from 3 Mar to 17 Mar (payment page still fai"
    "ling tests)\n- Lena to chase the payment provider by Fri\n- customer survey: 62% want a dark mode, 40% complai"
    "n about slow search\n- decided: search fix comes before dark mode\n- hiring: one backend dev offer sent, waiti"
    "ng for answer\n- next meeting moved to Wed 10am because of the holiday",
    "Can you sum up what we decided in this group chat? I missed it.\n\nMia: ok so are we still doing the picnic on"
    " saturday??\nJake: weather says rain until 2\nMia: ugh\nSam: we could just start at 3 instead\nJake: works for"
    " me. same park?\nSam: the one by the lake has a shelter if it rains again\nMia: good call. i'll bring sandwich"
    "es and the blanket\nJake: i'll do drinks and the speaker\nSam: i'll grab fruit and some cake from the bakery\n"
    "Mia: should we invite Priya?\nSam: already did, she's in but might be late\nJake: ok 3pm lake park, see you al"
    "l there",
    "Give me the short version of this recipe intro, I just want to know what I'm making:\n\nThere is something abo"
    "ut a rainy Sunday that makes me want to stand over a pot for an hour. This lentil soup is the one I keep comin"
    "g back to. My grandmother made a version of it every winter, though she never wrote anything down, so this is "
    "my best guess after years of trying. It uses red lentils, carrots, a little cumin and a squeeze of lemon at th"
    "e end, which is the secret that makes it taste bright instead of heavy. It is cheap, it freezes well, and it i"
    "s ready in about forty minutes. Serve it with crusty bread and you have a whole meal.",
    "Explain this study to me in two sentences:\n\nWe wanted to know whether short breaks help students remember wh"
    "at they learn. We split 240 university students into two groups. Both groups watched the same 40-minute lectur"
    "e on marine biology. One group watched it straight through, while the other took a five-minute break every ten"
    " minutes, during which they could walk around but not use their phones. A week later, everyone took the same q"
    "uiz. Students who had taken breaks scored on average 14 percent higher and also said they felt less tired. The"
    " effect was strongest for the last part of the lecture.",
    "My landlord sent this, what do I actually need to do?\n\nDear Tenant, please be advised that the annual gas sa"
    "fety inspection for your flat has been booked for Thursday 14 November between 9am and 1pm. The engineer is re"
    "quired by law to check the boiler, the cooker and all gas pipes. If you cannot be home, please leave a key wit"
    "h the building caretaker in Flat 1 by Wednesday evening, or let me know by phone so we can rearrange. Please m"
    "ake sure the area around the boiler cupboard is clear. The inspection takes about 45 minutes. A copy of the ce"
    "rtificate will be sent to you afterwards. Kind regards, R. Hollis",
    "Summarize this letter from the clinic in bullet points:\n\nDear Mr Okafor, you have been referred to the Derma"
    "tology Outpatient Clinic. Your appointment is on Monday 3 March at 2:40pm at Westfield Hospital, Building C, L"
    "evel 2. Please arrive 15 minutes early to register at the main desk. Bring a list of any medicines you are cur"
    "rently taking and wear clothing that allows easy access to the affected area. Do not apply creams or lotions o"
    "n the day of your appointment. If you need to cancel or change the date, call 0161 555 0192 at least 48 hours "
    "in advance. Patients who miss two appointments without notice may be sent back to their GP.",
    "Summarize this job ad for me:\n\nWe're hiring! GreenLeaf Garden Centre is looking for a friendly Weekend Sales"
    " Assistant to join our busy team from April to September. You'll help customers choose plants, water and resto"
    "ck displays, run the till and keep the shop tidy. No experience needed, but a love of plants and the outdoors "
    "is a big plus. You must be able to lift bags of compost up to 20kg and work Saturdays and Sundays, 9am to 5pm."
    " Pay is 12.50 per hour plus a 20% staff discount. Apply in person with a short CV, or email jobs@greenleafgc.e"
    "xample by 15 March.",
    "Give me a quick overview of this itinerary:\n\nDay 1: Arrive Lisbon 10:15am, transfer to Hotel Alfama. Afterno"
    "on walking tour of the old town, dinner with fado music.\nDay 2: Morning train to Sintra, visit Pena Palace an"
    "d the Moorish Castle. Return to Lisbon by 6pm.\nDay 3: Free morning. 1pm bus to Porto (3 hours). Check in to R"
    "ibeira Guesthouse.\nDay 4: Port wine cellar tour at 11am, boat ride on the Douro River in the afternoon.\nDay "
    "5: Check out by 11am, taxi to the airport, flight home at 2:50pm.",
    "Summarize this review in one sentence:\n\nI bought this air fryer after my old oven broke and honestly it has "
    "changed how I cook. Chips come out crispy in fifteen minutes with barely any oil, and reheated pizza is better"
    " than in the microwave. The basket is big enough for two people but not really for a family of four. My only r"
    "eal complaint is the noise: it's about as loud as a hairdryer, so forget about having a conversation next to i"
    "t. The non-stick coating still looks new after three months of daily use. For the price, I'd buy it again.",
    "Can you summarize this forum post so I can tell if I can help?\n\nHi everyone, long-time lurker, first post. I"
    "'ve got a 6-year-old laptop (Windows 10, 8GB RAM) that suddenly started taking about 10 minutes to boot. It wa"
    "s fine last week. The only things that changed are a Windows update and a new antivirus I installed because my"
    " old one expired. Task Manager shows the disk at 100% for the first few minutes after login. I've already run "
    "a disk check and it found nothing. I don't want to reinstall everything if I can avoid it. Has anyone had this"
    " and found a fix? Any advice welcome, thanks!",
    "Explain this to a 7-year-old:\n\nAstronomers have spotted a comet that will be visible from Earth without a te"
    "lescope next month for the first time in more than 50 years. The comet, a ball of ice and dust several kilomet"
    "res wide, is travelling towards the Sun, and as it heats up it releases gas that forms a long glowing tail. Ex"
    "perts say the best time to see it will be just after sunset in the western sky during the second week of the m"
    "onth. People living away from bright city lights will have the clearest view. After this visit, the comet will"
    " not return for about 6,000 years.",
    "Summarize this email in one sentence:\n\nHi Marco, thanks for sending over the draft proposal. Overall it's in"
    " great shape and the client will like the timeline section. I have three small requests before we send it. Fir"
    "st, could you update the budget table, since the design costs went up by about 8%? Second, please add a short "
    "paragraph about how we'll handle support after launch, as they asked about it on the call. Third, the logo on "
    "the cover is the old version; the new one is in the shared folder. If you can get this back to me by Thursday "
    "noon, I'll send it to them on Friday morning. Cheers, Hannah",
    "What's the key takeaway from this policy?\n\nReturns Policy: Items may be returned within 28 days of delivery "
    "for a full refund, provided they are unused, in their original packaging and accompanied by proof of purchase."
    " Sale items may be exchanged but are not eligible for a cash refund. Personalised products, underwear and open"
    "ed beauty products cannot be returned for hygiene reasons unless faulty. Customers are responsible for return "
    "postage unless the item arrived damaged or incorrect, in which case a prepaid label will be provided. Refunds "
    "are processed to the original payment method within 10 working days of the item reaching our warehouse.",
    "Bullet points please:\n\nFrom 1 July, households in the borough will get a new food waste caddy and weekly foo"
    "d waste collections. General rubbish, in the black bin, will move from weekly to every two weeks. Recycling co"
    "llections stay the same. The council says about a third of what people throw away in black bins is food, which"
    " could instead be turned into compost and energy. Residents will receive the caddy, a roll of liners and a lea"
    "flet by the end of June. Large families and households with nappies can apply for a bigger black bin. Critics "
    "worry about smells in summer and have asked for extra collections during heatwaves.",
    "What do I need to know from this?\n\nHello members! The summer season kicks off on Saturday 4 May with a free "
    "open day from 10am to 3pm, so bring friends and family. Membership fees for the year are due by 30 April; the "
    "price stays at 85 for adults and 40 for juniors, and anyone paying late will be charged an extra 10. The clubh"
    "ouse kitchen has been refurbished thanks to last year's fundraising, and we'd like volunteers to run the tea b"
    "ar on match days. Junior coaching now moves to Tuesday evenings at 6pm. Finally, please don't park on the gras"
    "s verge, as our neighbours have complained.",
    "Plain-language summary please, two or three sentences max:\n\nThis study looked at whether planting wildflower"
    " strips along the edges of farm fields affects crop pests. Over three growing seasons, researchers compared 20"
    " wheat farms, half with wildflower strips and half without. Fields with the strips had more ladybirds, hoverfl"
    "ies and small wasps that eat or lay eggs in aphids. Aphid numbers in those fields were around 30 percent lower"
    ", and farmers used fewer pesticide sprays. Wheat yields were about the same in both groups, even though the st"
    "rips took up a small amount of land. The authors suggest that wildflower strips could help farmers cut costs w"
    "hile supporting insects.",
    "A customer sent me this. What exactly is she upset about?\n\nHello, I ordered a birthday cake from your bakery"
    " for my daughter's party last Saturday. I paid in advance and asked clearly for a chocolate sponge with strawb"
    "erry filling and 'Happy 7th Birthday, Ella' on top. When I collected it, the cake was vanilla, there was no fi"
    "lling at all, and the name was spelled 'Ellie'. The staff member said there was nothing she could do because i"
    "t was already 4pm. My daughter was upset and I had to scrape the writing off. I've been a regular customer for"
    " years and I'm really disappointed. I'd like a refund, or at least part of one.",
    "Can you write this up as a few sentences for parents who missed the meeting?\n\nPTA meeting, 9 Oct\n- summer f"
    "air raised 3,420 (record!)\n- money going to: new playground benches (approx 1,800) + library books (1,000), r"
    "est saved\n- Halloween disco 31 Oct, 5-7pm, 3 per child, need 6 volunteers\n- uniform swap shop to run monthly"
    ", first one 20 Oct after school\n- Mrs Patel stepping down as treasurer, looking for replacement\n- next meeti"
    "ng 13 Nov 7pm, school hall",
    "My friend wrote this, what's the gist?\n\nHey! Sorry for going quiet, it's been chaos. So the big news: we fin"
    "ally found a house! It's about 20 minutes outside the city, three bedrooms and a proper garden, which the dog "
    "is going to love. We move on the 18th, so the next few weeks are all boxes and arguing about which furniture t"
    "o keep. The downside is Dan's commute gets longer, but he's going to work from home two days a week. Once we'r"
    "e settled we're having a housewarming, probably early next month, and you have to come. Also, I still have you"
    "r blue casserole dish, I promise I'll return it!",
    "Summarize this for my 10-year-old:\n\nA young humpback whale that became tangled in fishing rope off the coast"
    " was freed on Tuesday after a six-hour rescue. A boat crew first spotted the whale struggling to swim, with ro"
    "pe wrapped around its tail and one fin. Trained rescuers approached in a small inflatable boat and used long p"
    "oles with special knives to cut the rope, one piece at a time, while staying a safe distance from the tail. By"
    " the afternoon the whale was free and swam away strongly. Marine experts say lost fishing gear is a growing da"
    "nger to whales and are asking fishers to report any gear they lose at sea.",
    "tldr pls\n\nWe collect the information you give us when you create an account, such as your name, email addres"
    "s and date of birth, as well as information about how you use the app, including which features you open and h"
    "ow long you spend on them. We use this data to run and improve the service, to personalise your recommendation"
    "s and, if you agree, to send you marketing emails. We share data with service providers who help us host the a"
    "pp and process payments, but we do not sell your personal information. You can download or delete your data at"
    " any time from the Privacy section of your settings.",
    "What's the verdict in this review?\n\nI really wanted to like this standing desk. The wooden top is beautiful "
    "and it was easy enough to put together in about an hour. But the motor started making a grinding noise after t"
    "wo weeks, and now it sometimes stops halfway up. At its highest setting it wobbles so much that my monitor sha"
    "kes when I type, which is a problem since I'm over six feet tall. Customer service was polite but said I'd hav"
    "e to pay for return shipping, which is expensive for something this heavy. If you're short and mostly sit, it'"
    "s fine. Otherwise I'd look elsewhere.",
    "Pull out the key dates and what happens on each from this email:\n\nHi everyone, here's the plan for the offic"
    "e move. Packing crates will be delivered to each desk on Monday the 6th. Please have everything packed and lab"
    "elled with your name and new desk number by 5pm on Thursday the 9th. The movers come on Friday the 10th, so th"
    "e office will be closed that day and everyone should work from home. The new building opens on Monday the 13th"
    " at 8am; collect your new access card from reception on arrival. IT will be on hand all that day to help set u"
    "p screens. Parking passes for the new site will be emailed by the 11th. Thanks for your patience! - Facilities",
    "Summarize this post from our neighbourhood group:\n\nHi neighbours, just a heads-up after what happened on our"
    " road last night. Around 2am, someone tried car door handles along Elm Close and Birch Avenue. Two cars that w"
    "ere left unlocked had bags and loose change taken. Nobody was hurt and nothing was broken. I've reported it to"
    " the police and they've asked anyone with doorbell or dashcam footage between 1:30 and 2:30am to get in touch,"
    " quoting reference 4471. Please remember to lock your cars and don't leave anything on display, even an empty "
    "bag. I'm also wondering if people would be interested in starting a neighbourhood watch. Let me know below.",
    "What is my kid's teacher asking me here? Short answer please.\n\nDear Mr and Mrs Lin, I wanted to let you know"
    " that Ava has been doing really well in maths this term, especially with fractions, and she is always kind to "
    "her classmates. I have noticed, though, that her reading homework has not been handed in for the last three we"
    "eks. Reading at home for at least 15 minutes a day makes a big difference at this age. Could you sign her read"
    "ing record each evening and make sure it comes back in her bag on Mondays? If there is anything making reading"
    " at home difficult, I'd be happy to talk. Best wishes, Ms Carter",
    "Summarize in three bullet points:\n\nThe local women's football team, Riverside Rovers, won the county cup on "
    "Sunday for the first time in the club's 40-year history. They beat the favourites, Northgate City, 2-1 in fron"
    "t of a record crowd of 1,800. Northgate took the lead in the first half, but Rovers captain Jess Morgan equali"
    "sed with a header just after the break. Seventeen-year-old substitute Amira Khan then scored the winner in the"
    " 88th minute, in only her third appearance for the senior side. The club, which trains on a council pitch with"
    " no floodlights, hopes the win will help it raise money for better facilities.",
    "Turn these notes into a short paragraph I can send to my boss:\n\n- call with supplier (Brightpack) re: late d"
    "eliveries\n- reason: shortage of cardboard at their factory, fixed now\n- they'll give us 5% off the next 3 or"
    "ders as compensation\n- new delivery schedule: Tuesdays instead of Mondays\n- I asked for a named contact - it"
    "'s Oliver Grant, direct line in CRM\n- still need to decide if we keep a backup supplier; I recommend yes",
    "Summarize this family chat for my dad, he doesn't read long messages:\n\nMum: Reminder Grandma's 80th is Sunda"
    "y the 21st!\nLucy: Is it still at the Italian place?\nMum: Yes, Bellini's, 1pm. Table for 12\nTom: I can pick "
    "up Grandma, I'll be there by 12:30\nLucy: I ordered the cake, it's ready Saturday\nMum: Perfect. Tom can you c"
    "ollect it too?\nTom: Yep\nLucy: Are we doing one big present or separate?\nMum: One big one, a weekend away at"
    " the seaside. 30 each please\nLucy: Sending now\nTom: Same. Don't tell her!!",
    "Make this into a two-line summary for our newsletter:\n\nLast Saturday, more than 90 volunteers turned out for"
    " our spring beach clean at Sandy Cove, despite the cold wind. Working in small teams over three hours, they co"
    "llected 214 kilograms of litter, including 1,100 plastic bottle caps, a car tyre, two shopping trolleys and, s"
    "trangely, a garden gnome. Children from the local primary school sorted the plastics so they can be recycled. "
    "The cafe on the seafront kindly gave free hot drinks to everyone taking part. We'd like to thank all our volun"
    "teers and sponsors, and we hope to see you at the autumn clean in October.",
    "Summarize the plot of Pride and Prejudice in one paragraph.",
    "Can you explain the story of A Christmas Carol to a 9-year-old in a few sentences?",
    "What happens in George Orwell's 1984? Give me a three-sentence summary without spoilers beyond the first half.",
    "Give me a short plot summary of The Great Gatsby and what it's really about.",
    "Summarize the plot of the film Back to the Future.", "what's the plot of finding nemo, quickly",
    "Summarize Don Quixote in a few sentences for someone who will never read it.",
    "Give me a brief summary of the Black Death: what it was, when it happened and what it changed.",
    "Summarize how and why the Berlin Wall fell in 1989.",
    "Summarize the journey of Lewis and Clark in a short paragraph.",
    "Summarize the theory of plate tectonics in simple terms.",
    "Summarize how photosynthesis works in three or four sentences.",
    "Summarize the story of the Pied Piper of Hamelin for a ten-year-old.",
    "Summarize what Abraham Lincoln said in the Gettysburg Address and why it mattered.",
    "Summarize the main message of Martin Luther King Jr.'s \"I Have a Dream\" speech.",
    "Briefly summarize what happened at the Boston Tea Party and why.",
]

MULTI = [
    ("I want to get into running.", "That's great! Have you run before, or are you starting from zero?",
     ["Starting from zero, I get out of breath quickly.", "I used to run in school.", "What shoes should I get?"]),
    ("Can you help me plan a dinner party?", "I'd love to. How many guests, and are there any dietary needs?",
     ["Six people, one of them is vegan.", "Just four, nothing special.", "What dessert could I make ahead?"]),
    ("Why is my bread not rising?",
     "Common reasons are old yeast, water that was too hot, or a kitchen that is too cold.",
     ["I used water straight from the kettle.", "How can I test my yeast?", "It's winter and my house is cold."]),
    ("I have a job interview tomorrow.", "Good luck! What's the role, and what are you most worried about?",
     ["It's for a nurse position.", "I always blank on 'tell me about yourself'.", "What should I wear?"]),
    ("What's a good movie for tonight?",
     "Happy to help! Are you in the mood for something funny, scary, or thoughtful?",
     ["Something funny.", "Scary, but not too gory.", "Something I can watch with my parents."]),
    ("How do I write a for loop in Python?",
     "Use for item in items: and indent the body, for example for n in range(5): print(n).",
     ["How do I get the index too?", "How do I loop backwards?", "What about a while loop?"]),
    ("I can't stop snacking in the evening.",
     "That's very common. Is it hunger, boredom, or a habit in front of the TV?",
     ["Mostly boredom, I think.", "I skip lunch, so I'm starving at night.", "What are some healthier snacks?"]),
    ("What's 15 times 12?", "15 times 12 is 180.",
     ["And 180 divided by 8?", "How do you do that in your head?", "What's 15% of 180?"]),
    ("Tell me about the Ottoman Empire.",
     "The Ottoman Empire was founded around 1300 in Anatolia and lasted until 1922; at its height it ruled southeastern Europe, the Middle East and North Africa.",
     ["How did it capture Constantinople?", "Who was Suleiman the Magnificent?", "Why did it end after World War I?"]),
    ("My dog is scared of fireworks.",
     "Poor thing, that's really common. Is it shaking and hiding, or panicking and trying to run?",
     ["Shaking and hiding under the bed.", "He tried to jump the fence last year.", "Are calming treats any good?"]),
    ("Can you write me a short verse for a birthday card?", "Of course! Who is it for, and how old are they turning?",
     ["My grandfather, he turns ninety.", "My best friend, she is thirty and loves hiking.", "Make it funny, please."]),
    ("I want to save for a holiday.", "Nice goal! How much do you need, and by when?",
     ["About $2,000 by next summer.", "I have no idea how much it will cost.", "Where should I keep the money?"]),
    ("What's the best way to learn Spanish?",
     "Mix a little daily practice with an app, listening to Spanish podcasts or shows, and speaking with real people as early as you can.",
     "I only have 15 minutes a day.",
     "That's enough to make progress if you're consistent: 10 minutes of vocabulary and 5 minutes of listening or speaking.",
     ["Which app do you recommend?", "How long until I can hold a conversation?", "Is grammar important at the start?"]),
    ("My phone storage is always full.",
     "That's annoying. Is it an iPhone or an Android phone, and do you take a lot of photos and videos?",
     "An Android phone, and yes, lots of videos of my kids.",
     "Videos are usually the biggest part. Backing them up to the cloud or a computer and then deleting them from the phone frees the most space.",
     ["How do I back them up to my computer?", "Is cloud storage safe?", "What else takes up space besides photos?"]),
    ("I'd like to cook more fish.",
     "Great choice. Do you prefer mild fish like cod, or richer ones like salmon?",
     "Salmon, I think.",
     "Salmon is very forgiving: bake it at 200 C for about 12 to 15 minutes with lemon, salt and a little oil.",
     ["What side dishes go with it?", "Can I cook it from frozen?", "How do I know when it's done?"]),
    ("I need a gift for my mom.",
     "Happy to help! What does she enjoy, and what's your budget?",
     "She loves gardening and books, around $50.",
     "A nice pair of gardening gloves with a book about cottage gardens would fit that budget well.",
     ["She already has lots of gardening stuff.", "Any ideas for experiences instead of things?", "What if I want to make something myself?"]),
    ("How do solar panels work?",
     "They are made of cells that turn sunlight into electricity: light knocks electrons loose in silicon, and that flow of electrons is a current.",
     "Do they work when it's cloudy?",
     "Yes, but less: on a cloudy day they may make only a quarter or less of their sunny-day output.",
     ["Are they worth it in a rainy country?", "How long do they last?", "What happens at night?"]),
    ("I'm thinking of adopting a cat.",
     "Wonderful! Have you had cats before, and do you live in a house or an apartment?",
     "Never had one, and I live in a small apartment.",
     "An adult cat with a calm temperament from a shelter is often a great fit for a first-time owner in an apartment.",
     ["What do I need to buy before she arrives?", "Should I get two so she isn't lonely?", "How do I cat-proof my apartment?"]),
]

math_prompts = word_problems(MATH_FORMS, MATH_NAMES)


def build(seed: int = 2030):
    return free_form(sys.modules[__name__], random.Random(seed), "vw", 0.3, 0.25, 40)


if __name__ == "__main__":
    main(build, DEFAULT_OUT)
