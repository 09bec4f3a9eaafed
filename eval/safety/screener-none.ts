/**
 * The messages the screener's unit tests (src/safety/screener.test.ts) hold at `none`, kept here so
 * that the test and the second opinion's acceptance rule read one list:
 *
 * - screener.test.ts asserts each, with the screener as shipped (the second opinion on): a plain
 *   message must screen `none` with no categories; one with `previous` must screen `none` after
 *   those earlier messages (its level only);
 * - train.ts `--cv`, condition 3 of the acceptance rule: a candidate model must leave every one of
 *   them at `none`, so that no retrained model can break a screener test that way again (the
 *   2026-12-06 candidate raised "my scars on my arms are from a car accident").
 *
 * Grouped by the screener test's `it` that asserts them, under its title, in the test's order
 * (comments name its `describe`). A new case that must stay `none` goes here, under its test's
 * title, not inline in the test: `expectScreen(text, "none")` there refuses it.
 */

/** A message and, when the test gives them, the earlier messages it is screened after. */
export type NoneCase = string | { readonly text: string; readonly previous: readonly string[] };

export const STAYS_NONE = {
  // screenMessage: the cases issue 5 names
  "reads the place, the means in place and the goodbye said plainly": [
    "we drove out to the cliffs for a picnic with the kids and the dog, lovely view of the drop",
    "i'm up on the roof of my block fixing the satellite dish with my brother",
    "the charcoal is in the car for the bbq saturday",
  ],
  "reads being shut out at night, and an abuser arriving after a threat": [
    "she says i can come back in after my shower lol",
    "dad's car just pulled up the drive, he's brought fish and chips",
  ],
  "reads plans made step by step, blows to the head, threats to a household and a weapon named": [
    "we sat down and made a plan for the holiday, checking the times the trains come in",
  ],
  "leaves a child's question, a swing, a kitchen knife, fantasy football and self-harm long over": [
    "my 5yo asked me if mummy is going to die one day, how do you explain that to a child",
    "got a rope swing for the grandkids, going up on the old tree in the garden",
    "learned to fillet a fish today without cutting my fingers off",
    "my brother said he's going to kill them if they sell their captain, fantasy league drama lol",
    "i've been off the self harm since i was 20, got the old scars covered with a sleeve tattoo",
    "i tried to end it in my twenties. when i think how close i came and i'm grateful every day",
    "self harmed as a teenager, been fine for years now. had a weird memory tonight",
  ],
  "reads a quiet wish to be gone in the writer's own words": [
    "id rather die than sit through another team meeting",
    "i'd rather die than go to another baby shower",
  ],
  "reads someone else's wish to be gone, signs of their self-harm and their medicine doubled": [
    "my nan can't remember whether she's taken her tablets today so i put them in a dosette box and she's sorted",
  ],
  "reads wanting to jump as a wish to die, not a ride, a pool or a lifelong wish": [
    "the ride looked amazing and i really wanted to jump. next year",
    "i've always wanted to jump",
    "wanted to jump, but the queue was too long",
  ],
  "reads a few more taken than meant, with a wish not to wake, as an overdose": [
    "took a few more than i should have at the buffet lol",
    "took a few more biscuits than i should have, oops",
  ],
  "respects negation": [
    "I'd never hurt myself",
    "im not suicidal, just tired",
    "i dont want to die, i want things to change",
    "i have no thoughts of ending my life",
    "suicidal? no. sad? yes",
  ],
  "lets idioms pass": [
    "this exam is killing me",
    "dying to see it",
    "I could murder a pizza",
    "my mum is going to kill me when she sees my grades",
    "i cut myself shaving",
    "i need to cut myself some slack",
    "my phone is dead",
    // "off myself" is slang for suicide; squeezed letters must not turn "of myself" into it.
    "im actually proud of myself today",
    "i need to take better care of myself",
    "she took care of herself after the op",
  ],
  "lets a dose as prescribed or as on the packet pass, but not a handful": [
    "my nani takes 9 tablets every morning so i made her a pill box",
    "im going to take 2 ibuprofen and sleep",
    "i take 10 tablets a day for my heart",
  ],
  "lets a laughing threat at a sibling pass, unless it is meant": [
    "im going to kill my brother he ate my leftover biryani 😂",
  ],
  "tells the past from now": [
    "i tried to kill myself years ago, im in a much better place now",
    "i used to self harm but ive been clean for 3 years",
  ],
  "lets someone else's past and bereavement pass": [
    "my uncle killed himself when i was little",
    "my best friend took her own life in 2019 and i still miss her",
  ],
  "lets quotes, lyrics, news and study pass": [
    '"i want to die" is such a sad lyric in that song',
    "suicide rates among young men are rising according to the news",
    "my essay is on suicide prevention",
    "in my psychology lecture we talked about self harm",
  ],
  "does not read kys aimed at someone else as the writer's risk": ["you should kys"],
  "finds harm to others, more urgent with intent, a weapon and a time": [
    "i could kill him for eating my leftovers lol",
  ],
  "lets angry or despairing talk about therapy pass": [
    "therapy is pointless and i'm done with it",
    "i feel hopeless about therapy ever working for me",
    "i'm thinking about ending therapy",
  ],
  "screens empty and whitespace-only text as none": ["", "   \n "],

  // screenMessage: phrasings the rules generalise to
  "still lets the same words pass where they mean no harm": [
    "hes got the knife for carving the turkey",
    "giving away my stuff before i move abroad",
    "ive got everything ready for the trip tomorrow",
    "ive made my peace with not getting the job",
    "im going to catch the bus home",
    "my nose wont stop bleeding, happens every winter",
    "im gonna kill my sister if she takes my charger again lol",
    "im sick of being asked if im suicidal, im not",
    "how do i help a friend who self harms",
    "ive saved up enough for a new laptop",
    "i wont be around much this week, exams",
  ],
  "reads abuse, harm to others and someone else's risk told as a story": [
    "my stepdad used to hit me as a kid, im 30 now and moved out",
    "my cat scratched my arms to bits",
  ],

  // screenMessage: terse and second-language English, preparations, others in danger now
  "keeps idioms about shooting harmless": [
    "really shot myself in the foot in that meeting",
    "picked up my shotgun licence for clay shooting",
    "this is my last message tonight, off to sleep",
  ],

  // screenMessage: means on the body, arrangements and everyday wording
  "lets the same words pass in ordinary use": [
    "worst restaurant ever, won't be coming back",
    "been saying my goodbyes to the house, we move on friday",
    "my tie is round my neck for the interview lol",
    "i wouldn't do that job with a gun to my head",
    "i'm at the till ready to check out",
    "he won't get to me in time, the traffic is awful",
    "they stopped breathing exercises in yoga",
    "my mum keeps threatening me with a haircut",
    "nobody would notice if i skipped the party",
    "i never think about killing myself, just want to feel better",
    "my daughter took her medicine for her cough",
  ],

  // screenMessage across two messages
  "does not carry an earlier risk into a message that adds nothing": [
    { text: "anyway how was your day", previous: ["i want to kill myself"] },
    { text: "lol no im fine now, that was dramatic", previous: ["i want to kill myself"] },
  ],
  "looks at no more than the last two earlier messages": [
    { text: "ive got a plan", previous: ["i want to die", "work was long", "my cat is asleep"] },
  ],

  // screenMessage: structures generalised on other authors' writing
  "reads goodbyes told as the last thing written": [
    "this is the last time youll hear me complain about work lol",
  ],
  "reads bleeding that will not stop, and scars, without the word self-harm": [
    "my scars on my arms are from a car accident",
  ],
  "reads threats and abuse happening while the abuser is still there": ["if my mum sees this shell kill me"],
  "does not read over-broad abuse into someone refusing help or a reported question": [
    "my flatmate is upset and she wont let me call anyone",
    "my therapist asked if id had thoughts of suicide and i said no",
  ],
  "reads a reported question whose answer is owned, and leaves a denied one alone": [
    "the dentist asked if id had thoughts of harming myself on the form. no, i want my filling done",
  ],
  "reads words typed without spaces, voice-to-text corrections and dialect negation": [
    "iwanttogohomeandsleepforever",
  ],
  "reads risk told across the sentences of one message, and not the ordinary uses": [
    "does it hurt? the tattoo i mean",
    "i keep craft blades in a tin, took them out today to finish the model",
  ],
  "reads someone else's injuries explained away, but not a sports bruise": [
    "she came to work with bruises from the rugby match",
  ],

  // screenMessage: batches n, o and p (young people, the broad middle, other Englishes)
  "reads an overdose counted in words or numbers, but not an ordinary dose": [
    "took 2 paracetamol for my headache",
  ],
  "reads another person's words, quoted, as their risk, but not a song or a parent's idiom": [
    'the song goes "i want to die" and its so sad',
    'my mum said "ill kill you if youre late again"',
    "my brother tried to kill himself when he was 17. hes 35 now and doing really well",
  ],
  "reads someone else in danger now, told by the person worried about them": [
    "my mum overdosed when i was nine. shes been sober eleven years now and we had lunch today",
    "my parents are going to kill her when they see her report card",
    "my flatmate cut her finger chopping onions, loads of blood but it stopped after a couple of minutes",
  ],
  "reads hurting someone imagined, done or planned, and not a referee or the turkey": [
    "ref was blind today, i wanted to strangle him",
    "hes got the knife for carving the turkey",
    "my supervisor keeps hinting im next",
  ],
  "reads goodbyes, notes and places told about someone else, and a quarrel made up": [
    'she sent me "im sorry for everything" after our argument and weve made up, getting pizza tonight',
  ],
  "reads emergencies written in the moment, and not the camping trip or the proposal": [
    "bought rope, a tarp and a hatchet for the camping trip this weekend",
    "tonight's the night! proposing at the restaurant, ring's in my pocket",
    "first aid question: if a cut won't stop bleeding do you press on it or raise it first?",
  ],
  "reads self-harm by other means and a body in danger after something taken": [
    "i can barely keep my eyes open in this meeting",
    "i have scars on my stomach from my c-section and ive come to love them",
  ],
  "reads a weapon made ready for someone, and leaves the chef's knife alone": [
    "my knife is in my bag, i'm a chef and he wants me in early for the cooking demo",
  ],
  "leaves recovery, jokes and presents alone": [
    "11 years free from self harm today",
    "my friend joked shed jump off a bridge if she failed her test. she passed!",
    "i was suicidal in my twenties and therapy saved my life. im 43 now and happier than ive ever been",
    "i got a knife set for my birthday",
    "the team will be fine without me while im on holiday next week",
    { text: "im going to kill him, hes left the tank on empty", previous: ["my brother took my car again"] },
  ],

  // screenMessage: quotation marks
  "leaves quotations that are not meant, or not anyone's risk, alone": [
    'i wrote "goodbye" on the leaving card',
    'the song goes "i want to die" and its stuck in my head',
    'i read my old diary out and said "oh god i want to die" in the cringe sense',
    'my brother said "ill kill you" when i beat him at fifa',
    'in the film the villain says "i will kill you"',
  ],

  // screenMessage: goodbyes, absences and endings
  "reads an end set for tonight after a wish to be done as the writer's, not as a threat": [
    "the series ends tonight and im gutted",
  ],

  // screenMessage: batches v to zc (older and practical words, slang, other languages, risk told sideways)
  "leaves the same words alone where they mean no harm": [
    "my phone is on 3% and about to die",
    "we said our goodbyes to the dog at the vet tonight",
    { text: "cant wait for the climbing trip", previous: ["i bought a rope for climbing on saturday"] },
    "my cousin is a robin fan, begin again",
    "took a double dose of my blood pressure tablet by mistake, rang 111 and they said id be fine",
  ],

  // screenMessage: where and when (late 2026-12-05 probing)
  "reads school and uni as now unless the writer places them in the past": [
    "my friend tried to kill herself in sixth form. she's a nurse now",
  ],
  "leaves ordinary trips to the same places alone": [
    "im on the platform, the next one is in 5 mins",
    "im at the beach, sorry mum i forgot to call",
    "im on the bridge, not coming back til late",
    "sat on the wall at the beach deciding what to eat",
    "we are at the lake, kids going in now, one of them cant swim so watching",
  ],

  // screenMessage: batches zj to zm (what was taken, the questions, the body, weapons made ready)
  "reads a weapon made ready and a score to settle as intent to hurt someone": [
    "the bat is in my car, hes going to learn how to play cricket on saturday",
    "got the petrol for the mower, it ends today with that lawn",
  ],
  "leaves alone the idioms, the past and the answers these authors wrote": [
    "my knee is trying to kill me, the stairs are a nightmare since the op",
    "going to beat my dad at chess tonight if it kills me",
    "the hangover today made me want to die. never drinking tequila again",
    "found mum's old pill bottles after she died, took the lot to the pharmacy to be disposed of",
    "this is my last message tonight, im off to bed",
    "if looks could kill my mother in law would be doing life",
    "my therapist asked me today if id ever had thoughts of ending my life and i said no, and realised i meant it",
    "this is burnout, not depression. ive had zero thoughts of hurting myself",
    "that was 15 years ago on the bridge. i dont feel anything like that anymore, its just a story im finally telling today",
    "tried to kill myself at 19. i'm 47 now, two kids, a dog, a good life",
  ],

  // screenMessage: batch zk (the risk in one sentence of a long message)
  "leaves the same words alone in ordinary plans (batch zk)": [
    "going off the roof of the shed into the pool lol",
    "ill use the insulin pens before they expire",
    "i keep walking to the edge of the pool with my kids",
    "my sisters wedding speech is finally done. wrote a little note for mum too",
  ],

  // screenMessage: batches zn to zp (the body, and answers and idioms read as they are meant)
  "leaves ordinary talk, idioms and denied questions alone": [
    "so hungover i want to die. never touching tequila again",
    "i kill myself laughing at that video every single time",
    "jumped off the high board!!! terrified lol",
    "gonna kill my brother he ate my leftovers",
    "my gran overdosed on her heart pills by accident in the 90s",
    "five years free of self harm today. proud of myself",
    "therapist asked if id had thoughts of hurting myself. honestly no, just stress",
    "my therapist asked if id had thoughts of ending my life and the honest answer was no, which felt like progress",
    "my cousin overdosed last year and shes in recovery now, got her one year chip tonight",
    "its bleach, dont drink it",
    "my throat is burning from the curry and i cant swallow the rice lol",
  ],

  // screenMessage: batch zn (the broad middle, fifth sample)
  "leaves the same words alone in ordinary plans (batch zn)": [
    "i have a plan now, see you at 8",
    "worked out which train to get to leeds",
    "stockpiling the pens for the exam",
    "bought some charcoal for the bbq",
    "my meter says 2.4 mmol, bit low so having a biscuit",
    "wisdom teeth out this morning, the gauze keeps soaking through but the dentist said thats normal",
  ],

  // screenMessage: batch zo (the risk in three or four words)
  "leaves the same few words alone where they mean something else": [
    "wrote the note for school",
    "ropes up for the climbing wall",
    "took everything in the drawer out to clean it",
    "i tried once, it was too hard",
    "the plan is the train at 9 then lunch",
    "does helium actually work for balloons",
    "on the bridge, traffic is mad",
  ],

  // screenMessage: long venting that takes itself back
  "reads 'not literally', a therapist's standard questions answered no, and feared intrusive thoughts as no risk":
    [
      "if i have one more conversation about chair covers im going to walk into the sea. not literally. but you get it",
      "she asked the standard questions, any thoughts of self harm, suicide, harming anyone else. no, no and no",
      "I have OCD and I get intrusive thoughts about harming my baby. They horrify me and I would never. We're doing ERP",
    ],

  // screenMessage: someone else's goodbye, told without quotation marks
  "leaves ordinary goodbyes alone": [
    "my mum said bye and went to work",
    "my flatmate said bye to me and left for her shift",
    "my dad is on the phone to me from the beach, lovely day",
  ],

  // screenMessage: leaving, said plainly
  "leaves the same words alone in a joke or an errand": [
    "i want out. not out of the car, out of this conversation lol",
    "thats where im doing it, the party i mean",
    "this is not a cry for help, just a question about my phone bill",
  ],

  // readings built from parts (batches zq to zv)
  "leaves taking all of something ordinary alone": [
    "i took all my meds this morning, feeling proud i remembered",
    "took all of them to the cinema, the kids loved it",
    "found mums old pill bottles, took the lot to the pharmacy to be disposed of",
    "finally took them all, the antibiotics, course done",
    "took the kids to the beach. all of them loved it",
    "took 2 paracetamol for my headache",
  ],
  "leaves the same parts alone in sport, chores, study and lyrics": [
    "loaded the shotgun for the clay shoot tomorrow",
    "song of the day: gun to my head by some band",
    "the rope swing is up in the garden, kids are thrilled",
    "what dose of propranolol is safe to take before my exam",
    "would a fall from that height kill you in the film? it looked fake",
  ],
  "reads a time written with a dot as a time, not the end of a sentence": [
    "the train is at 2.14 tomorrow, i hate commuting",
  ],
  "keeps an emergency when the next message says where or when without taking it back": [
    { text: "im fine now sorry", previous: ["not going to be here much longer, ive made my mind up"] },
    { text: "stupid nosebleed, its the heating. stopped now", previous: ["cant stop the bleeding"] },
  ],
  "reads threats put off to next time, and intent said plainly": [
    "if i tell my boss hell make me pay for the coffees",
    "she said next time shed use the good china",
    "next time i see him im going to beat him at chess",
  ],

  // batches zs to zv: self-harm, danger between people and bodies in danger, from their parts
  "leaves burns from cooking, candles and stomach bugs alone": [
    "burned my hand on the oven tray tonight, ouch",
    "got the lighter out again for the candles",
    "threw up dinner again, this stomach bug is awful",
  ],
  "leaves care, lifts and sibling rows alone": [
    "crushed his tablets into his food because he cant swallow them",
    "im going to run him over to the station later",
    "my brothers back and drunk again, so annoying",
    "my brother and i fought over the remote and he said he will break my head, mummy scolded both of us",
  ],

  // batch zt: at the place now, everything ready, last wishes
  "leaves views, trips, parties and moves alone": [
    "stood on the edge of the pier watching the waves, so calm",
    "im at the train station now, bye x",
    "standing at the edge of the cliff taking photos",
    "at the beach! goodbye winter blues",
    "everythings ready for the party tonight",
    "please look after the cat for me while im in hospital, love you",
    "sorry mum, please look after biscuit, im moving out tomorrow",
  ],

  // readings from parts, batches zw to zzb: endings, bodies, other people now
  "reads bleeding that goes on through towels, but not a nosebleed or a first aid lesson": [
    "my nose has been bleeding for 20 mins and its still going",
    "first aid class: what to do if a cut wont stop bleeding",
  ],
  "reads an overdose said with what it feels like or a goodbye, but not tablets taken as usual": [
    "took my tablets with breakfast, so tired today",
  ],
  "reads a note left to be found and a message that outlives the writer, not a note about the bins": [
    "left a note on the fridge for my flatmate about the bins",
    "i wont be around for the replies, im on holiday",
    "wont be around much longer, moving to spain in january",
  ],
  "reads three parts of an ending together: a means or place, the end, and now": [
    "im done with this level tonight, the bridge boss is impossible",
    "im by the tracks taking photos of the steam train, it comes through at 4:30",
  ],
  "reads lying in wait with a weapon, and a weapon kept for someone": [
    "bat's in the boot, cricket training at 6",
    "my dads sharpening the knife for the roast",
  ],
  "reads the person who hurts them at the door now, and threats reported": [
    "my dad is in my room again fixing the wifi",
    "my brother said he'd kill me if i ate his leftover pizza. i ate it",
  ],
  "reads medical red flags now, and signs that need a doctor today": [
    "watched a documentary about heart attacks, chest pain down the left arm and sweating",
  ],
  "reads abuse going on now from who is there and where the writer is hiding": [
    "hes still here, still shouting about the match, im in my room revising",
    "i can hear the neighbours kids screaming in the garden again",
    "my brother is trying my door handle, he wants his charger back lol",
  ],
  "reads threats told in any words, violence done, and harm to others readied": [
    "watched a documentary where a man strangled his wife, horrible",
    "sat in the car outside his flat with my cricket bat, we have training at 6",
  ],
  "reads self-harm just done and a method settled on, not an ordinary plan": [
    "my plan is a strongly worded email",
    "been reading up on how to bake sourdough",
    "keep googling how long a train journey to leeds takes",
    "ive been saving up for a holiday, about 90 stashed in the jar",
  ],
  "reads goodbyes for an ordinary leaving as that leaving, and keeps the others": [
    "sent the goodbye email to the team. 22 years. cleared my desk. retirement starts monday",
    "so this is goodbye for now, phone on 2%, talk tomorrow",
    "tidied everything, cancelled the milk, dogs at my mums. two weeks in tenerife from tomorrow",
  ],
  "reads stockpiles, cutting again, pictured acts, method questions, not being around": [
    "whats the least painful way to get my ears pierced",
    "not going to be around next week, off to my nans where theres no signal",
  ],
  // batches zzf and zzg: the moment itself, told by what is there
  "reads a dose too many by what it is doing, and an overdose told without its subject": [
    "overdosed on mince pies again. every december",
    "i had my tea twice, im so confused about what day it is",
  ],
  "reads being at the edge now, and someone else there as theirs": [
    "jumping off the high board at the pool today",
    "sat on the edge of the pier with chips watching the sun go down",
    "at the top of the crag now, sat on the ledge with my legs over the edge, the guide has me on belay",
    "dads been on the edge of his seat all match",
    "she put up a pic of a bridge with soon on it",
  ],
  "reads the means laid out beside a time or a last word": [
    "got all mums pills laid out in her weekly organiser, shes on 11 different tablets now",
    "got the knife ready for the pumpkins tonight",
  ],
  "reads goodbyes that say the end is set": [
    "goodbye forever twitter. deleting my account tonight",
    "she sent me a photo of her kitten saying sorry for the mess",
    "not planning on being here for christmas, going to my nans",
  ],
  "reads a weapon taken up with the moment named, and abuse told by where the person is": [
    "the thriller on netflix where he waits outside her house with the petrol can was so tense",
    "my cat is trying to murder me, she sits on my face at 4am for her breakfast",
    "I could strangle whoever designed the self checkouts",
  ],
  // batch zzi: risk told calmly and sideways
  "reads a wish, a method question and a decision told flatly": [
    "how long does it take to defrost a turkey",
    "how much paracetamol can i take for a toothache",
    "did a few coats of paint on my arms of the chair",
    "which way do you cut the cake so it stays fresh",
  ],
  "reads what has been taken from what the body is doing, and the act about to happen": [
    "i'm a pharmacist, someone wanted 3 packs of paracetamol and i had to say no",
    "my chest is tight from the cold, going to have a lemsip",
    "the kids are going to jump off the diving board at the pool today",
  ],
  // batches zzj and zzk: ordinary days told in crisis words
  "leaves ordinary days alone that share their words with a crisis": [
    "took my insulin, checked my sugar, 6.2, all good",
    "got the rope and harness sorted for climbing at the quarry tomorrow, so excited",
    "bought a rope, a tarp and a saw for the camping trip",
    "my sister sent me a goodbye text because she's going off grid on a meditation retreat for ten days lol",
    "my ex told me to go jump off a bridge, classy. blocked him",
    "my mum used to hit me when i was little, i've worked through it a lot and we're okay now",
    "i work as a 999 call handler and had a lady whose husband was fitting, he's okay",
    "the midwife said i'd lost a lot of blood during the birth but i'm fine now",
    "my paladin jumped off the cliff to save the party in tonight's d&d",
    "doing a bungee jump off the bridge for the hospice next saturday and i'm terrified",
    "i'm melting, if the fan breaks i'm going to die",
    {
      text: "mum's dosette box for the week, i do it every sunday now she's forgetting",
      previous: ["the pills are lined up on the counter"],
    },
    // batches zzl and zzm
    "taking my last tablets of the antibiotic course tonight, then thats it, all done",
    "phone's on 1%, if i go quiet that's why. goodbye cruel world",
    "there's a rope in the shed if you want to tie the tarp down over the woodpile, storm's coming tonight",
    "gave away all my stuff and cleared my room. moving to australia with 2 suitcases!!",
    "if the printer jams one more time i'm walking into the sea",
    "my brother tried to kill himself when we were teenagers. he's 40 now, married, two kids, doing great",
    "i've been clean from self harm for 6 years and the new therapist wants to do a whole risk plan",
    "the psych was nice enough but it's $220 a session after the rebate runs out, so that's me done",
  ],
  // batches zzn and zzo: a word made plain by what follows it
  "leaves a crisis word alone when what follows makes it ordinary": [
    "i'm gonna end it tonight... the series. six seasons in two weeks",
    "i'm done. done with dating apps. goodbye hinge forever",
    "i keep writing goodbye letters in my head... to my job lol",
    "apparently i'm a burden... on the group project",
    "p.s. the car's finally sold! goodbye old friend",
    "we're all going to die someday so i bought the expensive cheese",
    "i've got all my tablets counted out for the week in one of those little boxes",
    "what happens if you take too much melatonin? took two instead of one by mistake, feel fine",
    "my little brother says he's gonna kill me for eating his easter egg",
    "my in-laws are coming for a month, i'll be dead by the end of it",
    "jumped off the cliff at the quarry today!! scariest thing ive ever done, water was baltic",
    "lol my phone's at 1% and about to die, quick goodnight",
    "how high does a drop have to be to break an ankle? my kid wants to jump off the garage roof",
    "i cant do this anymore. this spreadsheet has 4000 rows and every formula is broken",
    "i've decided to end it. my gym membership. they put the price up again",
    "i'm leaving and i'm not coming back. to that gym i mean, the changing rooms are rank",
    "i just want it all to end. the renovation, the dust, the builders, the noise",
  ],
  "reads preparations told plainly: a plan kept back, letters done, affairs set for a time, gas and sealed windows":
    [
      "i've got a plan for the surprise party, not telling you what it is",
      "wrote all the thank you letters, one for each aunt",
      "will's written and the mortgage is paid off, we're moving tonight",
      "how long does it take to clean the exhaust on a car",
      "how long does it take to get the train to leeds",
    ],
  "reads an overdose told plainly, by what was taken and how it stands now": [
    "had a whole bottle of wine last night lol",
    "ate a whole tub of ice cream",
    "the box is empty, need to buy more cereal",
    "took my tablets, all taken for today",
  ],
  "reads the place told with what comes next, and a crash meant as the end": [
    "going to aim for the wall with the ball",
    "walked out into the sea to cool off, the water was lovely",
  ],
  "reads a wish to be gone in the words later authors used": [
    "i'd rather not be around when they open the results, too nervous",
    "i don't see why i'm still here at the office at 7pm",
    "honestly it's easier not to exist on social media",
    "i pray god will take me to the final this year",
  ],
  // describe: method questions, gathered medicine, the urge now and a target located
  "reads them said plainly": [
    "whats the quietest way to get to the airport",
    "which is more reliable, the bus or the train",
    "picked up my prescription early because i'm away next week",
    "got a new pack of razors for shaving",
  ],
  // describe: risk told sideways
  "reads a ligature point tested, trains timed, a walk with no coming back, and a note left": [
    "checked the shelf will hold my weight before climbing",
    "timed the trains so i dont wait on the platform",
    "walked into the sea and came back out freezing",
    "goodnight for good luck tomorrow",
    "my notes are on the desk for the exam",
  ],
  "reads a means named as the only way out, new cuts, an overdose finished, and intent to shoot or maim": [
    "the only way out is the fire escape by the lifts",
    "took the rest of the box back to the pharmacy",
    "im gonna shoot them tomorrow for the wedding album",
    "shake him awake if he sleeps through the alarm",
    "ive decided, no more takeaways this month",
    // A text sent and a game won: the verbs of violence in ordinary use.
    "im gonna shoot him a quick text after work",
    "im going to batter my brother at fifa tonight",
  ],
  "lets a goodbye pass that an ordinary day before it explains, but not beside arrangements": [
    { text: "wont be here tomorrow, back monday", previous: ["off to my best friends wedding in york"] },
  ],
  "reads at concern a wish that someone would hurt him, wishing it had been me, vanishing, hidden lines": [
    "it would be easier to just vanish from the group chat for a bit",
    "i wish someone would kill this spider in the bath",
    "i dont hate being alive, i just hate mondays",
  ],
  "reads the act done, or the means at hand, in a short follow-up after thoughts of suicide": [
    { text: "did it. the washing up", previous: ["i want to die"] },
    { text: "its done. the essay", previous: ["i want to die"] },
    { text: "the bread knife's right here", previous: ["making sandwiches for the kids"] },
  ],
  "reads a method question however it is framed, a goodbye sent, and a body in danger": [
    "does bleach kill mould on grout",
    // A question about weeds, and a lost car on the top floor: the second opinion once raised both.
    "does bleach kill weeds quick or slow",
    "parked on the top floor of the car park and cant find the car",
    "which flour would be enough for two loaves",
    "sent my goodbye email to the team, last day tomorrow",
    "do slug pellets kill you if a dog eats them or just the slugs",
    "im doing it again, the couch to 5k, my legs are sore",
  ],
  "reads texting shorthand, a wish told to God, a hose measured, and a beating planned": [
    "abeg no vex, i wan die for laugh",
    "we're gonna do him in at fifa tonight",
    "measured the hosepipe to reach the far end of the garden",
  ],
  "leaves a rope for a swing, tablets hidden from children, a knife out for onions and a spoiled ending alone":
    [
      "the rope is tied to the beam for the kids swing",
      "hiding my tablets from the kids in a box on the top shelf",
      "i got the knife out telling him to chop the onions",
      "she said youre dead when i see you if you spoil the ending",
      "rope's fixed to the oak branch for the grandkids tyre swing now",
    ],
  "theme U: keeps others' plans, parties, jokes, doses asked safely and kit for trips ordinary": [
    "my friend said she keeps thinking about how to quit her job",
    "we have a plan for the surprise party, not telling you when",
    "what's the tallest building in the world",
    "how much paracetamol can i safely take in a day",
    "bought a rope for the tent, we go camping on friday",
    "i used to think about ending it when i was a teenager, not anymore",
    "looking at the train times for the trip to york on saturday",
    "ordered something online for mums birthday, comes thursday, you can guess what",
    "the pharmacist counted them out for my dosette box",
    "my life insurance policy renews after two years, need a better quote",
    "i have a plan for my revision, not saying when i start",
    "stood at the edge of the cliff every morning for the sunrise photos",
  ],
  "batch zzq: reads a decade said goodbye to, a proposal, a joke threat, stoic reading and climbing kit as ordinary":
    [
      "this is goodbye to my teens, 20 on monday",
      "booked the proposal dinner for friday, got everything ready, so nervous",
      "today's the day. the ring is in my pocket, wish me luck",
      "my husband said he'd kill me if i forgot his birthday again",
      "he'll murder me if i spoil the ending of the show",
      "gonna kill my sister for taking my charger again",
      "honestly want to disappear... to a tiny island with no signal",
      "thought about death a lot this year reading seneca, oddly calming",
      "first blood donation today, they took a whole pint and i nearly fainted",
      { text: "bouldering club on sunday!", previous: ["bought some rope and a harness"] },
    ],
  "batch zzq: keeps a knife for the cake, a choice of dinner and a sporting grudge ordinary": [
    "im bringing the knife for the birthday cake",
    "can't decide between pizza or pasta",
    "deciding between the train or the car for the trip up north",
    "the team who beat me in the final are gonna pay next season",
  ],
  "batch zzq: keeps insecticide for pests, a pet minded for a weekend and a race day ordinary": [
    "bought sniper for the cockroaches in the kitchen",
    "gave my dog to my sister for the weekend so she's sorted while we're away",
    "sunday is the day. half marathon, wish me luck",
  ],
  "theme E: keeps a club run, a swim, a spotter, a newsletter, a holiday, exams and a new habit ordinary": [
    "scheduled the newsletter email for 9am, by then the team will be in",
    "sat by the level crossing with my camera, the freight comes through at 3:15",
    "walked into the sea up to my waist on the wild swim this morning, so cold",
    "told mum it was just for the weekend. it wasnt, we got engaged lol",
    "on the roof of the multi storey now, the view is amazing",
    "took them all at 9 like the pharmacist said, my antibiotics",
    "set an alarm for 4am, the bridge run with the club starts at 5",
    "i wont be here by friday, off to spain for a week",
    "this is the last time ill log on before exams, thanks everyone",
    "ive made my mind up. the gym at first light from now on",
    "tried to fix the shelf this morning but the bracket snapped, going to try again tonight",
    "the rope snapped at the climbing wall this morning, instructor caught me",
    "feel so calm now i've decided. handing my notice in on monday!",
    {
      text: "ive decided. saturday. the ring is in my sock drawer",
      previous: ["thinking of proposing to sarah"],
    },
  ],
  "batch zzs: keeps training talk, budgets, a dented car, a scout trip and someone's long-past attempt ordinary":
    [
      "the coach is going to run us into the ground in preseason",
      "we have to cut the budget again this quarter",
      "my mum will kill me if i dent her car",
      { text: "with her i mean, the relationship is done", previous: ["im going to end it tonight"] },
      { text: "for the camping weekend, we leave at 6", previous: ["packed the rope and the knife ready"] },
      "used to self harm as a kid but ive been fine for 12 years now",
      "my friend attempted in october and she's doing great now",
      "the freight train comes through at 4:10, waiting for it with my camera on the platform",
      "dad took his rifle into the barn and locked the door, theres a fox",
      "knocked the pills out on the floor by accident",
      "i picture myself stepping in front of the crowd at the talk and freezing",
      "honestly cant see myself still here in a year, not at this company",
      "parked at the shops, note's in the car with the list",
      "im dead weight to the team this season",
      "my car is full of smoke because the heater broke",
      "poured the pills out on the table to count them for my nan",
      'i heard her scream "hes going to kill me" laughing when her brother grabbed the remote',
      "locked us out of the house for a surprise, it was freezing lol",
      "walked in front of a car in the car park, the driver beeped, my fault",
      "is it true drowning is painless? watched a documentary",
      "on the boat i thought about jumping in for a swim",
      "my flat would be quieter without me in it when im on holiday",
      'he said "you can have these trainers, i wont need them, got new ones"',
      "ive been wondering where id go to do it, the wedding i mean",
      "my best friend attempted last year and shes doing brilliant now, we're off to the cinema tonight",
    ],
  "batch zzx: keeps a last text before bed, a painter on the pier, a note about tea, lights round the tree, a rifle for the gun club, shears for the garden and a bag of sweets ordinary":
    [
      "this is the last text i'll send tonight, then sleep",
      "a woman was stood on the pier with an easel painting the sunset",
      "left a note on the kitchen table saying tea is in the microwave",
      "up on the step ladder with the lights round... the tree. every year the same knot",
      "picked up my new rifle today, gun club licence came through",
      "got the shears in my hand and i'm not afraid to use them, on the garden that is",
      "ate a whole bag of haribo on the drive up",
    ],
  "batch zzx: keeps a goodbye card for a goldfish, an axe for scout camp, a courier at the door, a tyre swing, a dosette box, dying of shame and a delayed train ordinary":
    [
      "my son wrote the goldfish a goodbye card before we buried him",
      "packed the axe in the boot for the scout camp this weekend",
      "someones banging on the door, its just the dpd courier with a parcel",
      "hung the rope over the branch for a tyre swing for the kids",
      "counted out mums tablets into her dosette box for the week",
      "i could die... of shame, i waved at someone who wasn't waving at me",
      "stood on the platform again, train delayed, this is the last time i book with them",
      "the dentist said it wont stop bleeding for a bit, bite on the gauze",
    ],
  "batch zzt: keeps recipes, lyrics, small doses, trips, break-ups and idle talk of not being needed ordinary":
    [
      "ordered something online that's meant to be peaceful, a rain sound machine",
      "scheduled a post saying sorry to everyone for the late delivery",
      "gun to my head, i'd choose the beach holiday",
      "that lyric i want to die in your arms is stuck in my head",
      "cut deep slashes in the pork belly and rub in the salt",
      "cant take it anymore, the wifi keeps cutting out",
      "took 2 paracetamol for the headache and went back to sleep",
      "self harmed at uni, twenty years free of it now",
      "not taking the stairs back down, the lift's fixed now",
      "came here to die of laughter at this comedy night",
      {
        text: "i've decided to end things tonight. telling her after the film",
        previous: ["we've been together six years and it isn't working"],
      },
      {
        text: "hugged everyone goodbye, bags packed, see you on the other side of the world",
        previous: ["my flight home to accra leaves at 7"],
      },
      "he won't be laughing after he sees the electricity bill",
      "my boss wont be needing the van after today",
      "i wont be alive to see england win the world cup at this rate",
      "the pills are in my drawer if you need a paracetamol",
      "sent my dad my passwords for the wifi",
      "the bigger lads shove me about at rugby training",
      "the kids chased him round the garden with a water pistol",
      "my dad took the belt to his old jeans and cut it shorter",
    ],
  "batch zzt: keeps plans with a purpose, drinks after cleaning and photos from a car park ordinary": [
    { text: "then i drank some tea", previous: ["we cleaned the bathroom with bleach"] },
    { text: "its happening tomorrow", previous: ["remember i told you about the plan to quit my job?"] },
    { text: "its happening on friday", previous: ["i told you i had a plan to move to leeds"] },
    "not gonna make it to christmas at this rate, work is mental",
    "which car park near me is the highest, want to take photos of the sunset",
    "worked out a plan for the surprise party. venue booked. not telling anyone when",
  ],
  "batch zzt: keeps trains compared, meds checked, a belt for the charity shop and a note found on a train ordinary":
    [
      "would the train be quicker than driving",
      "is the train quick to leeds",
      "the nurse was checking my meds and found a stash of old ones",
      "my dad is taking the belt to the charity shop now",
      "im not coming back down from this cliff walk till sunset",
      "found the note next to me on the train, someone left their number",
    ],
  "batch zzt: keeps a parking spot, a game crash, a pet put to sleep, loft lights, a course of antibiotics and a cat scratch ordinary":
    [
      "the tree on the a road im aiming for is where we park for the walk",
      "crashed my car into the wall on purpose in the game, gta is wild",
      "the vet gave him a drug that stops the heart, he went peacefully, im heartbroken",
      "got my old tie and im looking at the beam in the loft for the christmas lights",
      "tonight i will take all of what the doctor gave me, the antibiotics course ends",
      "superficial lacerations to the forearm from the cat",
      "my nan texted tell my mum i love her, so cute",
      "by my own hand i built this shed",
      "would a train be instant transport to london",
      "i wish a car would clip me so i could get a day off work",
    ],
  "batch zzy: keeps tests murdered, chocolate overdone, cheese threats, bramble scratches and hair cut ordinary":
    [
      "my son's going to murder his driving test tomorrow",
      "my housemate overdosed on chocolate again",
      "my flatmate threatened to kill me if i eat his cheese again",
      "my arms are covered in scratches from pruning the roses",
      "my friend said she's been cutting her own hair since lockdown",
      "my sister only cuts her fringe herself",
      "my brother has been cutting back on sugar",
    ],
  "batch zzy: keeps someone else's jokes, pranks and a bat for the cricket ordinary": [
    "he said he'd kill his sister for spoiling the ending of the book",
    "my nan says she might as well be dead as watch another episode of that quiz show lol",
    "my son said he's been locked in the toilets at school for a joke",
    "my mate parked outside the stadium with a bat and a flask for the cricket",
  ],
  "batch zzu: keeps idioms about others, recovery, jump sports and a gun inspected ordinary": [
    "my uncle shot himself in the foot selling his shares too early lol",
    "my brother's been self harm free for 6 years now, proud of him",
    "my cousin overdosed years ago and today she qualified as a paramedic",
    "her hangover was so bad she wanted to die lol",
    "our manager said he'd kill us if we lost the derby lol",
    "my brother says he'll murder me if i tell dad about his girlfriend",
    {
      text: "she said goodbye forever to her ex, blocked him on everything",
      previous: ["my friend messaged me at midnight"],
    },
    {
      text: "she says she'll jump even though she's scared",
      previous: ["my sister's doing a tandem skydive tomorrow"],
    },
    { text: "my mates on the bridge now about to jump", previous: ["bungee jump for my birthday"] },
    "my dads got a gun cabinet for his clay shooting, police came to inspect it today",
  ],
  "batch zzu: keeps a razor for legs, a wish to fade into the background, a pet's hair and an annoyed sibling ordinary":
    [
      "my sister went to her room with a razor to do her legs",
      "she wants to fade away into the background at parties",
      "my dog pulls her hair out, bald patches everywhere",
      "my gran says shes lived too long in this town",
      "i hope he wont wake up tomorrow lol hes so annoying",
      "my mum is tired of it all with the council and the bins",
      "my sister threatened to kill my brother for eating her cake lol",
      "my mum tried to kill herself in 2010, now its me who looks after her",
    ],
  "batch zzu: keeps a note saying gone to the shops, a coat hanging, a gun at the clay range and pills taken to the pharmacy ordinary":
    [
      "my son went out and the pizza is all gone",
      "my dad went out shooting and his shotgun is gone from the cabinet, hes at the clay range",
      "my mum left a note on the kitchen table saying gone to the shops",
      "my mum left a note on the table, shes at yoga",
      "found my coat hanging in the hall",
      "found him hanging out with his mates at the park",
      "found her hanging washing in the garden",
      "the climber cut him down from the tree after the rope snagged",
      "my friend is about to take all her meds for the week to the pharmacy to get them checked",
      "nan is going to take all her tablets to the gp for a review",
      "got a message from my sister saying look after the kids for me while she's at work, cant reach her now",
      "she posted saying this is the end of the series lol",
      "we cant find him in the crowd at the festival",
      "my uncle left his wedding ring at the gym and hes panicking",
    ],
  // describe("theme CA: abuse at home and anger at others told quietly, across authors")
  "theme CA: keeps idioms, games, sport, parenting and ordinary help with money and care ordinary": [
    "i hope he doesnt suffer at the end, the hospice are being lovely",
    "i hope nothing awful happens to her on the trip",
    "i hope the villain gets whats coming in the finale",
    "i hope he suffers no more, he was in so much pain",
    "i hope she isnt suffering, the vet said it would be quick",
    "im worried hell get hit by a bus cycling to work in that traffic",
    "i could throttle the printer honestly",
    "i want to punch the air, we won the cup",
    "im gonna deck the halls this weekend, tree goes up tomorrow",
    "i swear id deck him at chess if he stopped taking back moves lol",
    "im going to knock him out of the pub quiz this week",
    "i get so angry at the kids school for cancelling trips, never touched on the real issues",
    "my dad keeps saying he'll sort out the boiler this weekend",
    "mum said shell deal with my brother when she gets home, he was cheeky",
    "my husband keeps saying hell sort out the garden for me",
    "my dad says he'll sort out my brother's car, he's got a history of breaking down",
    "my wife handles all the money, works for us, were a team",
    "the kids arent allowed out after dark, its a rule in our house",
    "im not allowed a phone in the exam hall",
    "my wife times how long the roast takes every sunday",
    "the carer leaves at 5 and comes back at 8, she is lovely",
    "my boss said ill regret it if i dont take the overtime lol",
    "my dad grabs my arm hard to help me get up the stairs",
    "my toddler grabs my hair when hes tired",
    "keep it a secret, its a surprise party for mum",
    "my friend has bruises from rugby training again",
    "my sister bruises easily on warfarin, her arm is black and blue again",
    "my nan had a black eye after she fell on the ice",
    "i hear the neighbours party through the wall most nights",
    "i hear the dog next door barking through the wall every night",
    "my dad used to hit my mum when i was a kid, hes gone now",
    "the football team used to beat us every year and they still do",
    "i have thoughts of pushing myself harder at the gym",
    "my flatmate keeps saying she'll get back at her sister for the prank",
    "hope my sister gets whats coming to her, a promotion",
    "i worry my mum will get hit by a car, she never looks when she crosses",
    "imagine him getting hit by a bus right after buying a lottery ticket, thats the plot of the film",
    "i want to punch the dough down before it rises again",
    "i could honestly kiss my boss, he gave me friday off",
    "i want to throttle back on work this year honestly",
    "i want to shake the kids awake, theyre so slow in the mornings lol",
    "my baby daughter is a little rage monster when shes hungry, never hurt anyone",
    "i get so angry at my kids sometimes for leaving lego out, ive never touched them obviously",
    "my son says hell sort out the kid who keeps stealing his lunch, hes telling the teacher",
    "my husband said hell deal with the landlord about the mould, he was so angry",
    "my mate keeps saying hes going to get back at his brother at fifa",
    "she has to ask him for money because she lost her purse",
    "my grandson collects my pension every week for me because my legs are bad",
    "im not allowed out of the house till my ankle heals, doctors orders",
    "my mum wont let me go to my dads this weekend because of the snow",
    "my carer pinched my crossword again lol",
    "my nans carer forgot her tablets once, we rang the agency and it was sorted",
    "my teacher said keep it a secret, the surprise test is on friday",
    "my coach messages me late at night about training times",
    "my uncle did stuff for the village fete, he still lives next door",
    "my friend has a bruise from the netball, she said it was her own fault",
    "the kid in my class has bruises from football, says he fell",
    "i hear the couple next door screaming at the football most nights",
    "he said itll get worse before it gets better, the weather i mean",
    "my dad grips my hand hard when we cross the road",
    "he used to touch me on the shoulder to say well done, my old coach",
    "id love to see him again, its been years",
    "i swear id punch the air if we won",
    "i could wring the towel out and hang it up",
    "id hurt my back lifting that sofa",
    "the kids were fantasising about getting hit by a snowball lol",
    "i fantasise about my boss getting promoted so hes out of my hair",
    "picturing him getting what he deserves, a medal for all that work",
    "my partner makes me ask to borrow the car, its his car to be fair",
    "i want to key his number into my phone",
    "id love to go round there and see the new baby",
    "my dad drives past my work on his way home and waves",
    "my ex knows where i live, we share custody and he drops the kids off",
    "my husband sits in on my physio sessions to learn the exercises",
    "mum keeps my tablets in a locked box because i asked her to after my overdose",
    "since i came out my parents have been amazing",
    "my friend has bruises from the hockey match, says she fell twice",
    "the new guy at work knows where i live because he gave me a lift home again",
    "my ex made new accounts for all our old games, i should delete mine",
    "my landlord still has keys to the flat, he comes in to fix the boiler every year",
    "my mum hides my tablets when im low, its part of my safety plan",
    "my husband takes my tablets out of the box every morning because my hands shake",
    "since i came out my parents have been so supportive, dad took me to pride",
    "i was kicked out of my band for being late again",
    "being trans at work is hard but my boss is great",
    "her bf grabs her hand when they cross the road, so sweet",
    "my dad pushing mum around the garden in her wheelchair, lovely day out",
    "my husband slaps the kids stickers on the fridge when they do their homework",
    "a kid in my class was hungry so i gave him half my sandwich",
    "my mum said ill regret it if i dont go to the reunion, shes probably right",
    "you'll regret it if you dont see the northern lights",
    "he said ill regret it if i leave before the end of the film",
    "my nan has bruises from her blood thinners again, the nurse says its normal",
    "my friend has bruises on her knees from the netball match, says she fell over",
    "my mum had a black eye after falling off her bike at the weekend, shes fine",
    "the woman next door has a black eye from her cataract op",
    "my dog flinches if you lift your hand near him, he was a rescue",
    "shoved my brother out of the way of the bus today, scary moment",
    "pushed my son on the swing today for an hour",
    "hit my dad with a snowball today, he was not impressed",
    "my mum calls me a psycho for watching horror films lol",
    "my dad says im a disgrace at darts every time we play",
    "the coach says im a mistake waiting to happen on the field",
    "my 15 year old has an older friend from college who gives her lifts",
    "my 16 year old nephew got picked up from school by his older cousin",
    "my daughter is 14 and her older friend buys her stuff for her birthday",
    "we watched a documentary about school shootings, the kids deserve better protection",
    "my son drew pictures of shooting stars for his homework",
    "which room has the most people in the hostel, asking for the fire drill",
    "my cousin is getting married to a man she met at uni, so happy for her",
    "my gran was married off at 16 back in the 50s",
    "he doesnt let me go to the doctor alone, im only 11",
    "my husband wont let me go to the gp with him, he likes to go alone",
    "my dad reads my journal entries out loud at my wedding as a joke speech",
    "my therapist reads my worksheets every session",
    "she sits in on my sessions as a trainee, the therapist asked me first",
    "my ex knows where i live because we still co parent, its fine",
    "made an account with my photos for the photography club",
    "the older man at the allotment gives her tomatoes, shes 14 and loves gardening",
  ],
  "batch zzv: keeps a running route and a takeaway habit ordinary": [
    "which route hurts least on the legs, the hill or the flat",
    "old habits are back, three nights in a row of takeaway",
    "the old habits are back again, biting my nails",
    "the kids collected stones in their pockets at the river",
    "my tablets are right there on the side, i take them at 8",
    "im finished with everything on my to do list",
    "im not doing life admin anymore today",
  ],
  "batch zzw: keeps accidents, haircuts, plans to meet, finishing work, dives, films, sermons and recovery ordinary":
    [
      "hit my head on the door frame getting into the car",
      "i keep wanting to cut my hair short",
      "i dont think ill make it to the party",
      "bringing my laptop to school to show her",
      "the bleach smelled awful",
      "we planted oleander seeds in the garden",
      "how long does paracetamol take to work",
      "we planned where and when to meet",
      "30 minutes, thats how long till i finish work",
      "she went to the concert without him, i want to go too",
      "i failed the exam and survived. this time ill do it right",
      "bought a tent. i know what its for",
      "the dive was amazing, i wanted to go deeper",
      "im waiting to go in for my scan, so nervous",
      "the bit where she hangs herself in the film wrecked me",
      "our sermon was on judas hanging himself, heavy stuff",
      "i used to cut but ive been free of it for 10 years",
      "my brother self harmed as a teen, we talked about it tonight",
      "my surgery scars show in summer",
      "we went skating on the lake where the ice is thick",
      "the 10k starts at 9, im nervous",
      { text: "i want to go too", previous: ["the gig is at the arena on friday"] },
      "i dont know what to say to my friend who self harms",
      "my essay on self harm in teenagers is due friday",
    ],
  "batch zzv, second pass: keeps pill boxes, old phones, series finales, break-ups, iPads and thank-you cards ordinary":
    [
      "my tablets are lined up for the week in the pill box",
      "goodbye forever old laptop, rip",
      "the show ends tonight and im not ready, six seasons",
      "this is my last message in this chat, leaving because of all the adverts",
      "ive decided to end it with my boyfriend, 2 years but its time",
      "the tablets are on the table, should i get the ipad or the galaxy tab",
      "writing cards to everyone who came to the party",
      "giving my clothes away on vinted this month",
      { previous: ["ive decided", "pizza tonight"], text: "the one by the station" },
      "my back is killing me, cant keep existing like this on this mattress lol",
      "put my affairs in order after the scare, the solicitor was lovely",
    ],
} as const satisfies Record<string, readonly NoneCase[]>;

/** Every message above, once per place the screener test asserts it, with its earlier messages. */
export function screenerNoneCases(): { text: string; previous: string[] }[] {
  return Object.values(STAYS_NONE).flatMap((cases: readonly NoneCase[]) =>
    cases.map((c) =>
      typeof c === "string" ? { text: c, previous: [] } : { text: c.text, previous: [...c.previous] },
    ),
  );
}
