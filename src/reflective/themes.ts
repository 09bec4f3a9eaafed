/**
 * The knowledge base: what makes therapy hard to receive, and the everyday ground people
 * write about, as plain data in Asclepiad's own words (drawn from the domain reference in
 * PRODUCT.md and the seed articles). Each theme carries how people tend to write about it
 * (cues, used by detectThemes), what Maia might reflect and ask, a gentle way to name the
 * pattern once the person has said they want to hear it, something the person could take
 * to their therapist, and journal prompts. Labels name a pattern, never the person.
 *
 * Cue syntax: each cue is a regular-expression fragment matched case-insensitively, on
 * whole words, against tidied lower-case text ("dont" already reads "don't"). " ~ " means
 * "up to three words in between". Strong cues are enough on their own; weak cues count
 * only in pairs or alongside a strong one.
 */

export type ThemeId = string;

export type ThemeGroup = "resistance" | "alliance" | "barrier" | "everyday";

export interface Theme {
  id: ThemeId;
  /** Short and plain; describes a pattern or an area of life, never the person. */
  label: string;
  group: ThemeGroup;
  description: string;
  cues: { strong: readonly string[]; weak?: readonly string[] };
  /** Complex reflections: the meaning or feeling under the words. No first person. */
  reflections: readonly string[];
  /** Open questions that follow this theme. */
  questions: readonly string[];
  /** Specific affirmations that fit what people with this theme have usually done. */
  affirmations: readonly string[];
  /** Offered only after the person says yes to "Can I share something I'm noticing?". */
  teachablePrompt: string;
  /** Something the person might say to their therapist, in their own voice. */
  takeToTherapy: string;
  /** Two to four prompts the journal can offer. */
  journalPrompts: readonly string[];
  /** Options Maia can offer when asked for ideas, after permission. Never instructions. */
  options: readonly string[];
}

export const THEMES: readonly Theme[] = [
  {
    id: "avoiding_hard_material",
    label: "Keeping the hardest part outside the room",
    group: "resistance",
    description:
      "Bringing safer or smaller topics to sessions while the thing that matters most stays unsaid, knowingly or not.",
    cues: {
      strong: [
        "never (?:bring|brought|bringing) (?:it )?up",
        "bring(?:ing)? up the (?:difficult|hard|real|painful)",
        "(?:safe|safer|easy|easier|surface|small|smaller)(?:[- ]level)? (?:topics?|stuff|things?|bits)",
        "(?:the )?(?:real|actual|big|hard|hardest|bad) (?:stuff|thing|issue|one|part)",
        "(?:avoid|avoiding) (?:talking|the (?:hard|real|difficult|big)|it\\b|bringing)",
        "(?:skirt|skirting|dance|dancing|circle|circling|tiptoe|tiptoeing) (?:around|round)",
        "steer(?:ing|s)? (?:us |it |the conversation )?(?:away|onto|off)",
        "change (?:the )?subject",
        "(?:haven't|never|not) (?:told|mentioned) (?:her|him|them|my therapist|anyone)",
        "can't (?:get it out|say it)",
        "won't go near",
        "same stor(?:y|ies)",
        "keep (?:it|things) to myself",
        "never get to",
      ],
      weak: ["gets? (?:close|near)", "difficult (?:things|stuff)", "in (?:there|sessions?)"],
    },
    reflections: [
      "It sounds like the hour fills up with the safer things, and the one that matters waits outside the door.",
      "There's something that feels too heavy to carry into the room, at least so far.",
      "It sounds as if keeping it unsaid has been a way of keeping it manageable.",
      "The thing you haven't said seems to take up a lot of room, even unspoken.",
    ],
    questions: [
      "What do you imagine would happen if the real thing came up?",
      "What makes the safer topics feel easier to bring?",
      "How would you know you were ready to say it?",
      "What would need to be true in that room for it to feel sayable?",
    ],
    affirmations: [
      "Naming that there is something you haven't said is itself a step most people never take.",
      "Even writing around it here takes honesty.",
    ],
    teachablePrompt:
      "What I'm noticing is that each time things get close to the heart of it, the talk moves somewhere safer. That makes sense as a way of protecting yourself. I wonder what makes this so hard to talk about?",
    takeToTherapy:
      "There's something I keep not bringing to our sessions. I'm not ready to say all of it, but I want you to know it's there.",
    journalPrompts: [
      "What did you not say in your last session?",
      "If you could say one sentence about the hard thing, without explaining it, what would it be?",
      "What do you fear would happen if you said it out loud?",
    ],
    options: [
      "telling your therapist only that there is something you haven't said yet, without saying what, so the door is open",
      "writing the first sentence down and handing it over at the start of a session",
      "agreeing a signal with your therapist for when you want to go slower",
    ],
  },
  {
    id: "intellectualising",
    label: "Thinking about feelings instead of feeling them",
    group: "resistance",
    description:
      "Engaging with therapy analytically: explaining, theorising and describing, at a safe distance from the feelings themselves.",
    cues: {
      strong: [
        "analys(?:e|es|ed|ing|is)",
        "intellectual (?:puzzle|exercise|game)",
        "intellectualis\\w*",
        "explain(?:ing|s)? (?:my|the|it|everything|all)",
        "(?:a|her|him|them) theory",
        "theories",
        "case study",
        "news report|essay|lecture|documentary",
        "rationalis\\w*",
        "(?:go|goes|going|went) (?:into|in) my head",
        "instead of (?:feeling|actually feeling)",
        "not the feeling",
        "(?:don't|do not|never) (?:actually |really )?feel anything when",
        "someone else's (?:life|story)|about someone else",
        "over-?think\\w*",
        "(?:logical|rational) (?:reason|explanation)",
        "good at talking about",
        "no emotion",
        "like (?:it's|it is) (?:a|an) \\w+ (?:study|report|story)",
      ],
      weak: ["attachment style", "read all the books", "in detail"],
    },
    reflections: [
      "You can map it all out clearly, and somehow the feeling stays on the other side of the glass.",
      "It sounds like thinking has been a safe place to stand, a little back from what hurts.",
      "There's a lot of understanding here, and maybe a wish for it to land somewhere other than your head.",
      "It sounds as if describing it keeps it at arm's length, which may have been needed once.",
    ],
    questions: [
      "What happens in your body when you talk about it rather than think about it?",
      "What do you imagine the feeling would be, if it came?",
      "When did thinking first become the safer place to be?",
    ],
    affirmations: [
      "You've clearly done a great deal of work to understand yourself.",
      "Noticing that you step back into your head is a sharp piece of self-observation.",
    ],
    teachablePrompt:
      "I'm noticing how clearly you can explain it, and how the feeling seems to stay just out of reach while you do. Thinking can be a very good shelter. I wonder what it would be like to stay with the feeling for a moment, without explaining it?",
    takeToTherapy:
      "I've realised I talk about my feelings instead of feeling them. Could we slow down when that happens?",
    journalPrompts: [
      "Write about something that happened today using only feeling words, no explanations.",
      "Where in your body do you notice anything when you think about it?",
      "What would you feel if you couldn't explain it?",
    ],
    options: [
      "asking your therapist to point it out gently when you drift into explaining",
      "journalling about feelings rather than reasons, even a few lines",
      "trying an approach that works through the body as well as words, such as a mindfulness-based one",
    ],
  },
  {
    id: "ending_early",
    label: "Leaving when it gets close",
    group: "resistance",
    description:
      "Ending therapy, or wanting to, just as it nears painful material or real change; often experienced as the timing or the fit being wrong.",
    cues: {
      strong: [
        "quit(?:ting)?",
        "dropped out|drop out",
        "stopped (?:going|seeing|therapy|counselling|my sessions)",
        "stopping (?:therapy|counselling|going|seeing)",
        "reason to (?:stop|leave|quit)",
        "ended (?:it|therapy|things|counselling)",
        "ghost(?:ed|ing)",
        "left after",
        "walked out",
        "gave up on (?:therapy|it)",
        "not going back",
        "(?:wanted|want|need) a break (?:from|with)?",
      ],
      weak: ["stop going", "wasn't the right time", "too close"],
    },
    reflections: [
      "It sounds like leaving has been a way of getting out before it hurts too much.",
      "Right when it was starting to matter, it became too much to stay.",
      "There's relief in stepping away, and maybe something left unfinished too.",
      "It sounds as if closeness to the real material is exactly when the door starts to look inviting.",
    ],
    questions: [
      "What was happening in the sessions just before you left?",
      "What did leaving protect you from?",
      "If you went back, what would you want to be different?",
    ],
    affirmations: [
      "Seeing the timing of it so clearly takes real honesty with yourself.",
      "You went in the first place, and that took courage.",
    ],
    teachablePrompt:
      "I'm noticing that the endings seem to come just as things get close to something painful. That pattern often makes a lot of sense as protection. What do you make of it?",
    takeToTherapy:
      "I tend to leave therapy when it gets close to the painful part. If I start pulling away, could we talk about it rather than me just stopping?",
    journalPrompts: [
      "What was the last session before you stopped about?",
      "What would you want a therapist to do when you start to pull away?",
      "What might staying look like, one session at a time?",
    ],
    options: [
      "getting back in touch and asking to come back at a slower pace",
      "agreeing a few sessions and then a review, so it never feels like forever",
      "telling the therapist about the pattern early on, so you can notice it together",
    ],
  },
  {
    id: "therapy_hopping",
    label: "Starting over with new therapists",
    group: "resistance",
    description:
      "Moving from therapist to therapist, usually with good reasons each time, so the work never gets deep enough to hurt.",
    cues: {
      strong: [
        "(?:new|next|another|different) (?:therapist|counsellor|psychologist|psychotherapist)",
        "(?:second|third|fourth|fifth|sixth|seventh|eighth|number \\w+) (?:therapist|counsellor|psychologist|one)",
        "so many (?:therapists|counsellors)",
        "(?:switch\\w*|chang\\w*|swap\\w*|hopp\\w*) (?:between )?(?:therapists|counsellors|psychologists)",
        "someone new",
        "starting over|start(?:ing)? again|start from (?:the )?(?:beginning|scratch)",
        "lost count",
        "(?:two|three|four|five|six|seven|\\d+) (?:different )?(?:therapists|counsellors|psychologists)",
        "the next one",
        "move on to",
        "number (?:six|five|four|seven|\\d+)",
      ],
      weak: ["none of them", "then (?:a|an) \\w+ (?:guy|one|woman|man)"],
    },
    reflections: [
      "Each new start carries hope, and then something about each one hasn't felt right.",
      "Telling the story from the beginning again and again sounds tiring in its own way.",
      "It sounds like starting over has felt safer than staying long enough to be really seen.",
      "There's a real wish for the right fit here, and maybe some fear of what the right fit would ask of you.",
    ],
    questions: [
      "What usually happens just before you start looking for someone new?",
      "What would a therapist need to do for you to stay?",
      "What do you imagine would happen if you stayed past the point where you usually leave?",
    ],
    affirmations: [
      "You keep coming back to help, even after disappointments. That says a lot about how much you want things to change.",
      "Noticing the pattern across therapists is a big piece of insight.",
    ],
    teachablePrompt:
      "I'm noticing that the moment of finding something wrong seems to arrive around the time things might get deeper. Sometimes starting again is a way of staying safe. What do you make of that?",
    takeToTherapy:
      "I've seen several therapists and I tend to leave when it gets deep. I'd like us both to watch for that this time.",
    journalPrompts: [
      "What did each therapist get right, even a little?",
      "When did you first think about leaving the last one?",
      "What would it mean to be really seen by someone?",
    ],
    options: [
      "naming the pattern with your current therapist at the start, so it becomes something to work with",
      "writing down what fit and what didn't with each therapist, to look for what's common",
      "agreeing to talk about it in a session before deciding to leave",
    ],
  },
  {
    id: "therapy_doesnt_work",
    label: "\u201cTherapy doesn\u2019t work for me\u201d",
    group: "resistance",
    description:
      "After attempts that didn't help, concluding that therapy, or change itself, isn't possible; hopelessness about help.",
    cues: {
      strong: [
        "(?:doesn't|does not|never|won't|didn't|don't) (?:really )?work(?:ed)? for (?:me|people like me|someone like me)",
        "therapy (?:doesn't|does not|never|didn't|isn't) (?:work|help|working|helping)",
        "nothing (?:helps|works|worked|has helped|has changed|changes|will change|is (?:ever )?going to change)",
        "none of it (?:worked|helped)",
        "(?:what's|what is) the point",
        "lost cause",
        "beyond help",
        "broken",
        "hopeless",
        "no better",
        "getting nowhere",
        "waste of (?:money|time)",
        "where i started",
        "can't be (?:fixed|helped)",
        "never works",
        "not working",
        "no point",
        "years of (?:it|therapy)",
      ],
      weak: ["tried everything", "give it time", "same as always"],
    },
    reflections: [
      "After everything you've put in, it makes sense that hope has worn thin.",
      "It sounds like you've been let down by the very thing that was meant to help.",
      "There's tiredness in that, and maybe some grief for the help you hoped to get.",
      "It sounds as if you've tried hard and been left carrying the feeling that the failure is yours.",
    ],
    questions: [
      "What did you hope therapy would give you when you first went?",
      "What, if anything, helped even a little along the way?",
      "What would \u201cworking\u201d look like for you now?",
    ],
    affirmations: [
      "You've kept trying for a long time. That persistence is worth noticing.",
      "Still being willing to look at this, after so much disappointment, takes something.",
    ],
    teachablePrompt:
      "I'm noticing that \u201cit doesn't work\u201d might hold more than one thing: the methods you were offered, the fit with the people, and how tired you are of trying. Those can be pulled apart. Which of those feels biggest?",
    takeToTherapy:
      "I'm starting to believe therapy doesn't work for me. I'd rather say that to you than quietly give up.",
    journalPrompts: [
      "What did you hope for when you first started therapy?",
      "Write about one small thing that shifted, however slightly.",
      "What would be different in your week if therapy were helping?",
    ],
    options: [
      "telling your therapist plainly that it isn't feeling helpful, and exploring why together",
      "looking at a different approach, such as CBT, psychodynamic, solution-focused or mindfulness-based work",
      "revisiting what you each think success would look like",
    ],
  },
  {
    id: "format_mismatch",
    label: "When the format doesn't fit",
    group: "resistance",
    description:
      "The weekly hour, speaking aloud, face to face with a stranger: a structure that may not suit how someone processes, their neurocognitive style or their vulnerability.",
    cues: {
      strong: [
        "face to face",
        "out loud|aloud",
        "eye contact",
        "(?:an|one|the) hour a week",
        "(?:50|fifty|fifty-minute)[- ]?(?:minute|min)s?",
        "(?:rather|easier to|prefer to|better when i can) (?:write|type)",
        "write (?:it|things) down",
        "writing (?:is|would be|it down|things down|helps)",
        "type (?:it|things)",
        "(?:video|online|virtual|zoom|phone) (?:sessions?|therapy|calls?)",
        "in the room",
        "autistic|autism|adhd|neurodivergent|dyslexi\\w*",
        "(?:a|the) stranger",
        "process(?:ing)? things",
        "days later",
        "(?:hard|difficult) to (?:talk|speak) (?:about|out)",
        "(?:talking|speaking) (?:is|feels) (?:really |so )?(?:hard|difficult)",
      ],
      weak: ["freeze", "my brain", "warm up", "the format"],
    },
    reflections: [
      "It sounds like the shape of the sessions works against the way your mind actually works.",
      "The words are there, just not on the clock, and not out loud across a room.",
      "It sounds as if the struggle is less about wanting help and more about the way it's offered.",
      "There's a mismatch between how you process and how the hour asks you to.",
    ],
    questions: [
      "What would the right format look like, if you could design it?",
      "When do your thoughts come most clearly?",
      "How does it feel when the words arrive after the session has ended?",
    ],
    affirmations: [
      "You know a lot about how you process things, and that's useful knowledge.",
      "Working out that writing suits you better is a real discovery.",
    ],
    teachablePrompt:
      "I'm noticing that the difficulty seems to sit in the format more than in you: the hour, the room, the talking. That's worth taking seriously. What would you want a therapist to know about how you work best?",
    takeToTherapy:
      "I find it hard to think out loud in the room. Could I bring things I've written, or could we try a different format?",
    journalPrompts: [
      "What did you want to say in your last session that came to you later?",
      "Describe the setting where you think most clearly.",
      "What would make the next session easier for your brain?",
    ],
    options: [
      "bringing written notes to sessions, or sending them beforehand",
      "asking about online, phone or text-based sessions, or a different length or frequency",
      "asking your therapist to allow more silence, or less eye contact",
    ],
  },
  {
    id: "sent_by_others",
    label: "Being sent rather than choosing",
    group: "resistance",
    description:
      "Attending because a court, family, partner, doctor or employer expects it, which makes a genuine alliance hard to build.",
    cues: {
      strong: [
        "made me (?:go|come|do|attend|see|start)",
        "(?:makes|making|forced|forcing|force|pushed|pushing) me (?:to |into )?(?:go|do|come|attend|see|therapy|counselling)?",
        "court|judge|probation|mandated",
        "(?:ordered|referred) (?:me|by)",
        "referred me",
        "not my (?:idea|choice|decision)",
        "didn't (?:choose|want) to (?:go|come)",
        "(?:want|wants|wanted) me (?:to go|in therapy|to do this|to see)",
        "said i had to",
        "(?:had|have|got) to (?:go|do|attend) (?:to )?(?:counselling|therapy)",
        "only (?:there|going|here|doing this|in therapy) because",
        "threatened",
        "(?:keep|keeps) telling me i need",
        "(?:is|are) the ones? who wants? me",
      ],
      weak: ["i don't need therapy", "they're the ones"],
    },
    reflections: [
      "It's hard to open up in a space you didn't choose to be in.",
      "It sounds like other people decided you needed this, and you're not sure you agree.",
      "Going along with it while not really wanting to be there sounds like its own kind of tiring.",
    ],
    questions: [
      "If it were entirely up to you, what would you want from this, if anything?",
      "What do the people who sent you think is wrong, and how does that fit with what you think?",
      "What would make it feel more like your choice?",
    ],
    affirmations: [
      "You're still showing up and being honest about not wanting to. That's fair and straightforward.",
      "Being clear about what you do and don't want is a strength here.",
    ],
    teachablePrompt:
      "I'm noticing that a lot of this is about other people's decisions, and very little of it has been yours. It makes sense to hold back in that position. What would it look like if some of this were on your terms?",
    takeToTherapy:
      "I'm here because someone else wanted me to be. I'd like us to work out whether there's anything in this I want for myself.",
    journalPrompts: [
      "What do you think, separately from what others think you need?",
      "If you could set one rule for your sessions, what would it be?",
      "What would you want, if no one else had a say?",
    ],
    options: [
      "telling the therapist honestly that this wasn't your choice, which many find helpful to clear the air",
      "agreeing a small trial, a few sessions and then a review, so there's a choice at the end",
      "choosing one thing you would want to use the time for, even if it's small",
    ],
  },
  {
    id: "reactive",
    label: "Pushing back",
    group: "resistance",
    description:
      "Arguing with or challenging the therapist, disputing interpretations or picking holes, often out of fear or mistrust.",
    cues: {
      strong: [
        "argu(?:e|ed|es|ing|ment)",
        "disagree with (?:everything|whatever|it all|all)",
        "defensive",
        "push(?:ing|ed)? back",
        "pick(?:ing|ed)? (?:holes|apart)",
        "challeng(?:e|es|ed|ing) me",
        "told (?:her|him) (?:she|he) was wrong",
        "(?:know|knows) what (?:she's|he's|they're|she is|he is) doing",
        "question(?:ing)? (?:whether|if) (?:she|he|they)",
        "disput\\w+",
        "(?:tear|tearing|shoot|shooting) (?:it )?down",
      ],
      weak: ["wrong", "drives me mad"],
    },
    reflections: [
      "It sounds like being told what's going on inside you gets your back up, and understandably.",
      "Pushing back may be a way of protecting something that's mattered for a long time.",
      "Part of the fight seems to be about not wanting to be defined by someone else.",
    ],
    questions: [
      "What is it like for you, just before you push back?",
      "What would you want your therapist to understand about the arguing?",
      "When else in your life has it felt important to hold your ground?",
    ],
    affirmations: [
      "You notice what you're doing even in the middle of doing it, which is rare.",
      "You're clear about what doesn't fit for you, and that honesty matters.",
    ],
    teachablePrompt:
      "I'm noticing that the pushing back seems strongest when someone tells you what you feel or think. That might be protecting something important. I wonder where that need to hold your ground began?",
    takeToTherapy:
      "I've noticed I argue with you a lot. I think it's more about feeling defined by someone than about you. Can we talk about it?",
    journalPrompts: [
      "What did your therapist say last that you disagreed with, and what was underneath the disagreement?",
      "When do you feel most told what to think?",
      "What would it feel like to let one suggestion in, just to see?",
    ],
    options: [
      "telling your therapist that you notice yourself pushing back, so it becomes something to look at together",
      "asking your therapist to ask rather than tell, when naming what you might be feeling",
      "writing down disagreements after a session and bringing them in calmly",
    ],
  },
  {
    id: "silent_withdrawn",
    label: "Going quiet",
    group: "resistance",
    description:
      "Short answers, long silences, going blank: keeping emotional distance while still being there.",
    cues: {
      strong: [
        "(?:go|goes|going|went|mind goes|mind went) blank",
        "(?:go|goes|went|going) (?:quiet|silent)",
        "shut(?:s|ting)? down",
        "barely (?:speak|say|talk)",
        "say barely anything",
        "(?:long |awkward )?silences?",
        "one word answers?",
        "(?:say|answer|answers are|just say) '?i don't know",
        "don't (?:really )?talk in (?:sessions|therapy)",
        "(?:just )?sit there",
        "there's a wall",
      ],
      weak: ["numb", "nothing comes out"],
    },
    reflections: [
      "It sounds like the words go somewhere out of reach the moment you sit down.",
      "The quiet may be doing a job, keeping something safe until it feels possible.",
      "It sounds like there's a lot underneath the \u201cI don't know\u201d, just no way through yet.",
      "Going blank sounds less like having nothing to say and more like too much at once.",
    ],
    questions: [
      "What is the silence like from the inside?",
      "What would make it a little easier for the words to come?",
      "When you go blank, what's the last thing you notice before it happens?",
    ],
    affirmations: [
      "You've found words for it here, which isn't nothing.",
      "Keeping on going to sessions when talking is this hard takes steadiness.",
    ],
    teachablePrompt:
      "I'm noticing that the words seem to be there when you write, and disappear when you're asked to speak. Silence is often protecting something. I wonder what the quiet might be keeping safe?",
    takeToTherapy:
      "When I go quiet it isn't because I have nothing to say. It would help if we tried another way in, like writing or choosing words from a list.",
    journalPrompts: [
      "Write what you might have said in your last silence.",
      "Pick three words from a feelings list that fit today.",
      "What helps the words come, even a little?",
    ],
    options: [
      "bringing a few written words or a feelings list to point at",
      "asking your therapist whether silence can simply be okay for a while",
      "trying other ways to express things: drawing, music or metaphors",
    ],
  },
  {
    id: "crisis_only",
    label: "Coming for the crisis, leaving when calm",
    group: "resistance",
    description:
      "Seeking help during acute difficulty and stopping as soon as things settle, so the deeper pattern behind the crises never gets looked at.",
    cues: {
      strong: [
        "only (?:ever )?(?:go|book|call|reach out|come|went|get in touch|contact)\\b[^.]{0,30}\\b(?:when|in a crisis|if)",
        "crisis",
        "rock bottom",
        "falling apart",
        "once (?:i'm|i feel|things|the crisis|it's|everything)",
        "(?:things )?calm(?:s)? down",
        "stop once",
        "whenever things",
        "every time i (?:get dumped|have a breakup|break up|hit)",
        "when (?:things are|it's|everything's|everything is) (?:really )?(?:bad|awful|terrible)",
        "then (?:disappear|stop|leave) (?:once|when)",
      ],
      weak: ["fall apart", "back in therapy"],
    },
    reflections: [
      "It sounds like therapy has been a place to get through the storm, and then the calm pulls you away.",
      "When things settle, it makes sense that going back feels less urgent, and the pattern quietly waits.",
      "It sounds as if you're starting to see the shape of it, and that it keeps coming round.",
    ],
    questions: [
      "What would you bring to a session on a calm week?",
      "What happens in the weeks between crises?",
      "What do you think keeps bringing the crises back?",
    ],
    affirmations: [
      "You reach out when it's bad, and that's a real strength to build on.",
      "Seeing the pattern this clearly is a big step.",
    ],
    teachablePrompt:
      "I'm noticing that help seems to be for the storm, and the calm becomes the signal to stop. The calm might also be the best time to look at what keeps the storms coming. What do you make of that?",
    takeToTherapy:
      "I usually stop coming once the crisis passes. This time I'd like to keep going and look at why the crises keep happening.",
    journalPrompts: [
      "What would you want to talk about on a good week?",
      "What do your last few crises have in common?",
      "What does stopping feel like, in the week you stop?",
    ],
    options: [
      "agreeing with your therapist to keep a few sessions after things settle",
      "making a list, while it's fresh, of what you'd want to look at once the crisis passes",
      "keeping a short mood note between sessions to see the pattern over time",
    ],
  },
  {
    id: "people_pleasing",
    label: "Saying what the therapist wants to hear",
    group: "resistance",
    description:
      "Being a \u201cgood client\u201d: agreeing, reporting progress, hiding disagreement or doubts, so as not to disappoint the therapist.",
    cues: {
      strong: [
        "what (?:she|he|they) (?:wants|want|wanted) to hear",
        "let (?:her|him|them) down",
        "disappoint\\w*",
        "(?:perfect|good|model) (?:patient|client)",
        "pretend(?:ed|ing)? (?:i'm|it|the|to be|that|everything|things|i)",
        "(?:always )?agree with (?:her|him|them|everything|whatever)",
        "(?:scared|afraid|frightened|nervous) to disagree",
        "say (?:it|that it|it's|that it's) (?:helped|helps|is helping|going well|is going well)",
        "(?:feel|feels) good about (?:it|herself|himself)",
        "told (?:her|him|them) (?:everything|it|things) (?:was|were) (?:fine|ok|okay|good|better)",
        "(?:she'll|she will|he'll|he will|they'll) be (?:hurt|upset|disappointed)",
        "smile(?:,| and) nod",
        "say it helped",
        "lie to my (?:therapist|counsellor)",
        "things are better than they are|better than i am",
      ],
      weak: ["looks so pleased", "works really hard"],
    },
    reflections: [
      "It sounds like you end up looking after your therapist's feelings as well as your own.",
      "Being the good client keeps things pleasant, and it also means the real picture stays hidden.",
      "There's a lot of care for other people in this, and maybe not much room left for you in it.",
      "It sounds lonely to be doing well on the outside of the session and not on the inside.",
    ],
    questions: [
      "What do you imagine would happen if you told your therapist how it really is?",
      "Where did you learn that keeping others happy was the safest thing?",
      "What would you say in a session if you knew it couldn't disappoint anyone?",
    ],
    affirmations: [
      "Admitting this, even here, takes honesty.",
      "You care a lot about not hurting people. That's a real quality, even when it costs you.",
    ],
    teachablePrompt:
      "I'm noticing that a lot of energy goes into keeping your therapist pleased, and that the cost is that they don't see the real picture. That often starts somewhere long before therapy. I wonder what you'd risk by disappointing them?",
    takeToTherapy:
      "I think I've been telling you what I think you want to hear. I'd like to try being more honest, even if it's less positive.",
    journalPrompts: [
      "What did you say in your last session that wasn't quite true?",
      "Write the honest version of how the last month has been.",
      "Who else do you find yourself keeping happy?",
    ],
    options: [
      "telling your therapist that you find it hard to disagree with them, which gives them a chance to make room for it",
      "bringing a written, honest update so the words are already chosen",
      "starting with something small that hasn't helped, to practise honest feedback",
    ],
  },
  {
    id: "cancelling_sessions",
    label: "Cancelling, rescheduling, running late",
    group: "resistance",
    description:
      "Missing, moving or arriving late to sessions, or skipping agreed exercises; sometimes practical, often a quiet way of keeping distance.",
    cues: {
      strong: [
        "cancel\\w*",
        "reschedul\\w*",
        "postpon\\w*",
        "(?:always|often|usually|keep) (?:turning up |running |being )?late",
        "(?:mins|minutes) late",
        "late (?:to|for) (?:my |the )?sessions?",
        "(?:missed|miss|skipped|skip|skipping|missing) (?:my |the |a )?(?:appointments?|sessions?)",
        "(?:didn't|don't|never|not) do(?:ne|ing)? (?:the|my|any) (?:homework|worksheets?|exercises)",
        "forget(?:ting)? to do",
        "bailed|no[- ]show",
      ],
      weak: ["homework", "worksheets?", "exercises"],
    },
    reflections: [
      "It sounds like part of you finds ways to keep a little distance from the sessions, even while you keep booking them.",
      "Cancelling seems to bring relief in the moment and a heavier feeling afterwards.",
      "It sounds as if something about going is harder than it looks from outside.",
    ],
    questions: [
      "What goes through your mind in the hour before you cancel?",
      "What would make going feel a bit more possible on a hard day?",
      "What was coming up in the sessions around the time the cancelling started?",
    ],
    affirmations: [
      "You're still keeping the sessions booked, which shows you haven't given up on them.",
      "Being this honest about cancelling takes courage.",
    ],
    teachablePrompt:
      "I'm noticing that the cancelling seems to cluster around the sessions where something harder was due to come up. That makes a lot of sense as a way of protecting yourself. What do you think the cancelling might be saying?",
    takeToTherapy:
      "I've cancelled a few times and I don't think it's only about being busy. Can we talk about what makes coming hard?",
    journalPrompts: [
      "What happened on the morning you last cancelled?",
      "What did you feel straight after cancelling, and a day later?",
      "What might make the next session easier to get to?",
    ],
    options: [
      "telling your therapist about the cancelling itself, as something to explore rather than apologise for",
      "planning the first few minutes of the next session so it feels less daunting",
      "asking for a time or format that is easier to keep",
    ],
  },
  {
    id: "alliance_bond",
    label: "Not feeling connected to the therapist",
    group: "alliance",
    description:
      "The bond part of the working alliance: trust, warmth and feeling safe with the therapist are missing or thin.",
    cues: {
      strong: [
        "(?:no|any|don't feel (?:a |any )?|zero |lack of )connection",
        "(?:don't|do not|can't|never) (?:really |fully )?trust (?:her|him|them|my therapist|my counsellor)",
        "(?:feel|feels|felt|it's|it is|so) (?:cold|distant|judged|unsafe|clinical)",
        "no warmth",
        "(?:never |don't |not )?(?:feel|felt) safe (?:in|with|there)",
        "(?:doesn't|does not|don't) (?:even |really )?like me",
        "likes me",
        "(?:comfortable|safe) opening up",
        "connected to (?:her|him|them|my therapist)",
        "clipboard|robot|box[- ]ticking|tick[- ]box",
        "(?:don't|do not) click",
      ],
      weak: ["nice but", "no rapport"],
    },
    reflections: [
      "It's hard to bring the tender things to someone you don't feel safe with.",
      "It sounds like the warmth you needed hasn't been there, and without it everything else is harder.",
      "Something in the connection isn't landing, and that matters more than it might seem.",
    ],
    questions: [
      "What would help you feel a bit safer with your therapist?",
      "What is it that makes trust hard in that room in particular?",
      "Has there been a moment, even a small one, when you felt understood by them?",
    ],
    affirmations: [
      "Knowing that trust matters to you, and noticing when it's missing, is important self-knowledge.",
      "You're paying close attention to what you need from a therapist.",
    ],
    teachablePrompt:
      "I'm noticing that a lot rests on whether you feel safe with your therapist, and right now the connection seems thin. That's something therapists can often work with if they hear it. What might it be like to tell them?",
    takeToTherapy:
      "I don't feel very connected to you yet, and I think it's holding me back. Can we talk about it?",
    journalPrompts: [
      "What makes you feel safe with someone?",
      "When did you last feel understood by your therapist, if ever?",
      "What would you need from them to trust them a little more?",
    ],
    options: [
      "telling the therapist the connection doesn't feel there yet; a good therapist will want to know",
      "giving it a set number of sessions with that question in mind",
      "if trust and fit are truly missing after talking about it, looking for a different therapist",
    ],
  },
  {
    id: "alliance_direction",
    label: "Not agreeing on goals or how to work",
    group: "alliance",
    description:
      "The goals and tasks of the working alliance: disagreeing about what the problem is, what success means, or how to work (past or present, tools or exploring).",
    cues: {
      strong: [
        "(?:what|where) (?:we're|we are|are we|we were) (?:even )?working (?:on|towards?)",
        "(?:don't|do not|never|didn't) (?:really )?agree(?:d)? (?:on |about )?(?:what|on what|about what|on the)",
        "goals?",
        "(?:wants?|keeps?) (?:to )?(?:focus|talk|talking|going|going back) (?:on|about|to) (?:the past|my childhood|childhood)",
        "focus on (?:the past|now|the present)",
        "(?:point|purpose) of (?:the |these |our )?sessions",
        "practical (?:tools|help|strategies)",
        "(?:want|need) (?:help|something) (?:with|for) (?:what's happening )?now",
        "how (?:is )?(?:talking about|going over) (?:my )?(?:childhood|the past)[^.]{0,40}(?:meant|supposed|going) to",
        "(?:want|wants) different things",
        "what the problem is",
        "explore (?:my )?feelings",
      ],
      weak: ["all connected", "doing it wrong"],
    },
    reflections: [
      "It sounds like you and your therapist are pulling in slightly different directions.",
      "There's a real need for something that helps now, and it isn't being heard.",
      "It's hard to put effort in when you're not sure what you're working towards.",
    ],
    questions: [
      "What would you want to be different by the end of therapy?",
      "How would you describe the problem, in your own words?",
      "What would a useful session look like for you?",
    ],
    affirmations: [
      "You know what you want from therapy, and that clarity is valuable.",
      "You've tried to raise it already, which isn't easy.",
    ],
    teachablePrompt:
      "I'm noticing that you and your therapist seem to have different pictures of what the work is for. That kind of mismatch can stall things for both of you, and it can be talked about. What would you most want them to hear?",
    takeToTherapy:
      "I'm not sure we agree on what we're working on. Could we go back over the goals together, and how we're going about them?",
    journalPrompts: [
      "What did you want from therapy when you started, and what do you want now?",
      "What would count as progress for you?",
      "Which sessions felt most useful, and what happened in them?",
    ],
    options: [
      "asking to revisit the goals together: what you each think you're working on, and what progress would look like",
      "asking your therapist to explain how their approach links to what you want",
      "suggesting a mix, such as some practical tools now alongside the deeper work",
    ],
  },
  {
    id: "too_cosy",
    label: "Sessions that have become too comfortable",
    group: "alliance",
    description:
      "A warm relationship that has drifted into pleasant conversation, so the hard work quietly stops happening.",
    cues: {
      strong: [
        "(?:just|mostly|end up|ended up) (?:chat|chatting|talk about my week|talking about (?:tv|telly|our weekends|work gossip))",
        "(?:chat|coffee|drink|catch[- ]up) with a (?:mate|friend)",
        "(?:laugh|laughing|laughed) (?:a lot|about|together)",
        "get on (?:so |really |too )?well",
        "(?:so|too) (?:comfortable|nice|lovely|cosy|easy)",
        "like (?:her|him|them) too much",
        "really like (?:her|him|them|my therapist|my counsellor)",
        "(?:our|my) weekends",
        "nicest hour",
        "tv|telly|gossip",
      ],
      weak: ["nothing (?:really )?(?:happens|has changed|changes)", "lovely"],
    },
    reflections: [
      "It sounds like the sessions have become a good hour, and not quite the hour you came for.",
      "There's real warmth with your therapist, and maybe a worry that the hard part would spoil it.",
      "Keeping it pleasant seems to protect something precious, and to cost something too.",
    ],
    questions: [
      "What would you bring if you weren't worried about changing the mood?",
      "What do you imagine would happen to the warmth if things got harder?",
      "What did you first come to therapy hoping to change?",
    ],
    affirmations: [
      "You've noticed something about your sessions that many people miss.",
      "Being able to build a warm relationship is a real strength.",
    ],
    teachablePrompt:
      "I'm noticing that the warmth itself might be making the hard things harder to bring, because there's something good to lose. A good relationship can usually hold more than it seems. What would it be like to test that a little?",
    takeToTherapy:
      "I really value our sessions, and I think we've drifted into chatting. I'd like to get back to the harder things.",
    journalPrompts: [
      "What did you come to therapy to change?",
      "What have your last three sessions been about?",
      "What would you say if the mood didn't matter?",
    ],
    options: [
      "saying to your therapist that you enjoy the sessions and want to use them for harder things",
      "choosing one harder topic before the session and naming it at the start",
      "asking your therapist to help you notice when you're steering towards easy topics",
    ],
  },
  {
    id: "therapist_factors",
    label: "What the therapist brings",
    group: "alliance",
    description:
      "Not listening, imposing rather than collaborating, projecting interpretations, techniques not mastered, one-school rigidity, or the therapist's own needs leaking in.",
    cues: {
      strong: [
        "(?:doesn't|does not|don't|never|didn't) (?:really |actually )?listen",
        "talks? more than (?:i do|me)",
        "interrupt\\w*",
        "project(?:s|ed|ing)",
        "impos(?:e|es|ed|ing)",
        "telling me what i (?:feel|think|mean)",
        "(?:script|one approach|one school|textbook|by the book|manual)",
        "(?:she|he|they) (?:doesn't|does not|don't) (?:really )?know how to",
        "(?:don't|do not) think (?:she|he|they) (?:really )?knows? (?:how|what)",
        "(?:needs|needed|seemed to need|seems to need) me to",
        "(?:sticks|stuck|sticking) to (?:his|her|their)",
        "only interested in",
        "(?:her|his|their) own (?:stuff|agenda|issues)",
        "keeps? reframing",
      ],
      weak: ["doesn't get it", "useless"],
    },
    reflections: [
      "It sounds like you haven't felt properly heard in the very place that's meant for it.",
      "There's frustration in that, and maybe some doubt about whether the problem is you or the approach.",
      "It sounds as if the therapist's way of working has taken up more room than your experience.",
    ],
    questions: [
      "What would feeling properly listened to look like in that room?",
      "What do you wish your therapist understood about you?",
      "How have you been left feeling after those sessions?",
    ],
    affirmations: [
      "You're clear about what is and isn't helping, and that's useful to trust.",
      "Noticing this, rather than only blaming yourself, is important.",
    ],
    teachablePrompt:
      "I'm noticing that some of what's getting in the way seems to come from how your therapist works, not only from you. Therapy is a two-way relationship, and it's fair to say so. What would you most want them to change?",
    takeToTherapy:
      "Sometimes I don't feel heard in our sessions. I'd like to tell you what helps me and what doesn't.",
    journalPrompts: [
      "When did you last feel really listened to, by anyone?",
      "What does your therapist do that helps, and what doesn't?",
      "What would you like to say to them if it were easy?",
    ],
    options: [
      "giving your therapist direct feedback about what helps and what doesn't",
      "asking how their approach is meant to fit what you're dealing with",
      "if it keeps not working after raising it, looking for someone whose way of working fits better",
    ],
  },
  {
    id: "short_term_relief",
    label: "Reaching for relief now",
    group: "barrier",
    description:
      "Choosing what eases the feeling straight away (drinking, scrolling, avoiding, keeping busy, other safety behaviours) over slower change that hurts first.",
    cues: {
      strong: [
        "drink(?:ing|s)?|wine|beer|vodka|weed|smok(?:e|ing)|pills",
        "(?:take|takes|taking) the edge off",
        "numb (?:it|myself|everything)",
        "quick fix",
        "feel better (?:right )?now",
        "scroll(?:ing)?|gaming|netflix|binge[- ]watch\\w*",
        "(?:keep|keeping|stay|staying) busy",
        "switch(?:es|ing)? (?:my head|my brain|it|everything) off",
        "(?:avoid|avoiding) (?:anything|everything|people|situations|going out)",
        "nothing can go wrong",
        "rather (?:feel better|have)",
        "(?:in|for) the moment",
        "(?:easier|better) than sitting with",
        "long slog",
      ],
      weak: ["escape", "distract\\w*"],
    },
    reflections: [
      "It makes sense to reach for whatever takes the edge off when it's this heavy.",
      "It sounds like the quick relief works, for a while, and you can see what it costs later.",
      "There's a real need for a break from it, and the breaks you've found come with a price.",
    ],
    questions: [
      "What does the relief give you, in that moment?",
      "What would you need in order to sit with it a little longer?",
      "What does it cost you the next day?",
    ],
    affirmations: [
      "You're being very honest about how you cope, which isn't easy.",
      "You can already see both sides of it, the relief and the cost.",
    ],
    teachablePrompt:
      "I'm noticing that the things that help right now seem to keep the bigger thing going. That's very human; relief is hard to turn down. I wonder what the feeling would ask of you if you didn't reach for relief straight away?",
    takeToTherapy:
      "I've been using things that give quick relief, and I think they're keeping me stuck. Can we look at that without judgement?",
    journalPrompts: [
      "What were you feeling just before you last reached for relief?",
      "What does the relief give you, and what does it take?",
      "What could a slower kind of comfort look like?",
    ],
    options: [
      "telling your therapist honestly about what you use to cope, so you can look at it together",
      "noticing and writing down what you feel just before reaching for relief",
      "looking for support groups alongside therapy, if drinking or other substances are part of it",
    ],
  },
  {
    id: "insight_without_feeling",
    label: "Understanding that doesn't change anything",
    group: "barrier",
    description:
      "Knowing why you are the way you are, in detail, while the knowing stays intellectual and nothing shifts.",
    cues: {
      strong: [
        "(?:know|understand|get) (?:exactly |perfectly |full well )?why i",
        "knowing (?:doesn't|does not|just|where|why|it|all)",
        "understand(?:ing)? it (?:all )?(?:in my head|hasn't|doesn't|has not)",
        "intellectually",
        "(?:had|have|got) (?:all )?the insights?",
        "(?:know|learned|read) all the theory",
        "could teach it",
        "doesn't (?:land|sink in)",
        "nothing (?:shifts|has shifted|moves)",
        "still the same (?:person|me)",
        "(?:know|understand)[^.]{0,40}\\bbut\\b[^.]{0,30}(?:change|help|shift|land|stop)",
      ],
      weak: ["in my head"],
    },
    reflections: [
      "The understanding is all there, and it hasn't reached the place where things actually change.",
      "It sounds frustrating to know so much and still feel stuck in the same spot.",
      "Knowing why seems to have become its own kind of wall.",
    ],
    questions: [
      "What do you think would have to happen for the understanding to land?",
      "When, if ever, has something you understood also changed how you felt?",
      "What's the gap between knowing it and feeling it like, for you?",
    ],
    affirmations: [
      "You've done a great deal of hard thinking about yourself.",
      "Seeing the gap between knowing and changing is an insight in itself.",
    ],
    teachablePrompt:
      "I'm noticing that understanding has come a long way for you, and that feeling and doing haven't followed yet. That's common, and often it's where the next piece of work is. What might it look like to practise it rather than understand it?",
    takeToTherapy:
      "I understand why I do what I do, but nothing changes. Could we focus on feeling and doing, not just understanding?",
    journalPrompts: [
      "What do you know about yourself that hasn't yet changed anything?",
      "What would you do differently this week if the knowing had landed?",
      "Describe a moment when you felt something rather than thought it.",
    ],
    options: [
      "asking your therapist to work more on practising and feeling than explaining",
      "trying small behavioural experiments between sessions and bringing back what happened",
      "approaches that include the body, such as mindfulness-based work",
    ],
  },
  {
    id: "exhaustion",
    label: "Too tired to change",
    group: "barrier",
    description:
      "Running on empty: too tired for the work of therapy, or feeling that changing shouldn't be one's own job.",
    cues: {
      strong: [
        "(?:too|so|really|just|always|constantly) (?:tired(?! of)|drained|exhausted|knackered|shattered|wiped)",
        "tired(?! of)",
        "exhausted",
        "knackered|shattered",
        "drained",
        "worn (?:out|down)",
        "(?:no|don't have the|haven't got the|no more) energy",
        "nothing left",
        "(?:my|the one's|anyone's) (?:job|responsibility) to (?:change|fix)",
        "(?:have|had) to be the one to change",
        "burn(?:t|ed)? out|burnout",
        "running on empty",
      ],
      weak: ["so much effort", "can't be bothered"],
    },
    reflections: [
      "It sounds like you're running on empty, and even getting help costs energy you don't have.",
      "When you're this worn out, being asked to do more can feel almost insulting.",
      "It sounds unfair, having to be the one who changes when you're already carrying so much.",
    ],
    questions: [
      "What takes the most out of you at the moment?",
      "What would rest actually look like for you right now?",
      "What has the tiredness been like lately?",
    ],
    affirmations: [
      "You've kept going on very little, and that takes real endurance.",
      "Being honest that you're at your limit is important.",
    ],
    teachablePrompt:
      "I'm noticing how little is left at the end of each day, and how the work of therapy lands on top of that. Sometimes the first step is less, not more. What would it be like to tell your therapist you're at your limit?",
    takeToTherapy:
      "I'm exhausted, and the things I'm asked to do between sessions feel impossible right now. Can we adjust what we expect for a while?",
    journalPrompts: [
      "Where did your energy go this week?",
      "What is one thing you could put down, even briefly?",
      "What gives you even a little energy back?",
    ],
    options: [
      "telling your therapist you're at your limit and asking to make the work smaller for now",
      "using sessions for rest and support for a while rather than homework",
      "looking at what outside pressures could be shared with others",
    ],
  },
  {
    id: "better_version",
    label: "Waiting to be a better version first",
    group: "barrier",
    description:
      "Holding off on therapy, or on honesty in it, until one is more sorted, fitter, less ashamed: as if help had to be earned.",
    cues: {
      strong: [
        "better version",
        "(?:sort|fix|get) (?:myself|my life|my act|my shit|things) (?:out|together|first|sorted)",
        "sort myself out",
        "fix myself",
        "(?:got|get|getting) my (?:life|act|shit) together",
        "(?:be|get|feel) better first",
        "first then",
        "more sorted",
        "before i(?:'m)? (?:go back|allowed|start|deserve)",
        "(?:don't|do not) want (?:her|him|them|anyone) to see me like this",
        "start properly",
        "worth helping",
      ],
      weak: ["once i've", "when i'm more"],
    },
    reflections: [
      "It sounds as if help has felt like something you'd need to earn first.",
      "Waiting to be more sorted makes sense when you're ashamed of where you are, and it keeps help out of reach.",
      "There's a wish to arrive at your best, when therapy is mostly for the times you're not.",
    ],
    questions: [
      "What would the better version of you have that you don't have now?",
      "What do you imagine your therapist would think if they saw you as you are?",
      "Who decided you had to be sorted before you deserved help?",
    ],
    affirmations: [
      "You want to give this your best, which shows how much it matters to you.",
      "Admitting you've slipped takes real honesty.",
    ],
    teachablePrompt:
      "I'm noticing an idea that you need to be better before you can get help, when help is meant for exactly the not-better times. That idea might be worth looking at. Where do you think it came from?",
    takeToTherapy: "I stayed away because I wanted to be in a better place first. I'm coming back as I am.",
    journalPrompts: [
      "What are you waiting to become before you let yourself get help?",
      "Write to yourself as you are now, as a friend might.",
      "What would change if you didn't have to earn support?",
    ],
    options: [
      "going back as you are, and telling your therapist you almost waited",
      "naming the shame that makes you want to be better first, as something to work on together",
      "taking one small step, such as a single email, rather than waiting for the whole plan",
    ],
  },
  {
    id: "ambivalence",
    label: "Wanting change and not wanting it",
    group: "barrier",
    description:
      "Feeling two ways at once about therapy or change: wanting it and fearing it, going back and forth.",
    cues: {
      strong: [
        "part of me",
        "torn",
        "(?:in )?two minds",
        "back and forth",
        "(?:but|and) (?:i )?(?:also )?(?:kind of |sort of |really )?(?:don't|do not)(?: want)?$",
        "(?:but|and) i (?:also )?(?:kind of |sort of |really )?(?:don't|do not) want",
        "but i also",
        "want (?:to|it|things)\\b[^.]{0,40}\\bbut\\b[^.]{0,30}\\b(?:scared|afraid|don't want|also|can't face|terrified)",
        "(?:know|knew) i need (?:help|to)\\b[^.]{0,30}\\bbut",
        "(?:whether|if) (?:i want )?to (?:keep going|go back|stop|carry on|quit)",
        "(?:keep going|go back|carry on) or (?:stop|not|quit)",
        "(?:mixed|conflicted) feelings",
      ],
      weak: ["i think", "maybe"],
    },
    reflections: [
      "It makes sense to feel pulled two ways when something matters this much.",
      "Both sides seem to have good reasons, which is what makes it so hard to choose.",
      "It sounds like wanting it and fearing it are arriving together.",
    ],
    questions: [
      "What would the part of you that wants change say, if it had the floor?",
      "What is the other side protecting you from?",
      "If the fear were a bit smaller, what would you do?",
    ],
    affirmations: [
      "You're holding both sides honestly instead of pretending one away.",
      "The part of you that wants something different is clearly still there.",
    ],
    teachablePrompt:
      "I'm noticing that both sides seem to have something important to say: one wants things to change, and one is guarding against what change might cost. Neither needs to win straight away. What does each side need from you?",
    takeToTherapy:
      "Part of me wants to change and part of me is scared of it. I'd like to talk about both sides without having to pick one yet.",
    journalPrompts: [
      "Write a letter from the part of you that wants change.",
      "Write a reply from the part that's wary of it.",
      "What would a small step look like that both parts could live with?",
    ],
    options: [
      "telling your therapist about both sides, so neither has to be hidden",
      "writing out the reasons on each side to see them side by side",
      "choosing a small step rather than a big decision",
    ],
  },
  {
    id: "external_stressors",
    label: "Life pressures leaving no room",
    group: "barrier",
    description:
      "Work, family, caring, money or housing pressures that leave little energy or time for therapy or for oneself.",
    cues: {
      strong: [
        "rent|bills|debt|money|mortgage|overdraft|universal credit|benefits",
        "food shop",
        "(?:caring|care) for",
        "carer|looking after (?:my|her|him)",
        "juggl\\w*",
        "(?:too much|so much) (?:going on|on my plate)",
        "no time for (?:me|myself|therapy|anything)",
        "lose (?:the|my|our) (?:flat|house|home)",
        "(?:two|three|2|3) jobs",
        "luxury",
        "(?:plus|on top of) (?:work|everything|the kids)",
        "since (?:her|his) stroke",
      ],
      weak: ["kids", "no energy left", "deadlines"],
    },
    reflections: [
      "With that much coming at you, it's no wonder there's little left over for yourself.",
      "It sounds like the pressures outside the sessions leave hardly any room for what happens inside them.",
      "Carrying all of that makes anything extra feel like too much.",
    ],
    questions: [
      "Which of those pressures weighs most at the moment?",
      "Where, if anywhere, is there a little room for you in the week?",
      "Who, if anyone, shares some of the load?",
    ],
    affirmations: [
      "You're holding a lot together for other people.",
      "You've kept going with all of that on your shoulders.",
    ],
    teachablePrompt:
      "I'm noticing that so much of your energy goes to what's outside therapy that there's very little left for it. That isn't a failing. What might it be like to bring those pressures into the sessions themselves?",
    takeToTherapy:
      "There's so much going on outside our sessions that I can't really engage in them. Can we make room to talk about that?",
    journalPrompts: [
      "List what took your time and energy this week.",
      "What is one thing that is only for you?",
      "Who could share part of the load, even a little?",
    ],
    options: [
      "bringing the outside pressures into sessions as the topic, rather than something to get past",
      "asking whether sessions could be less frequent or at an easier time for now",
      "looking at practical support (money advice, carer support) alongside therapy",
    ],
  },
  {
    id: "shame",
    label: "Shame",
    group: "everyday",
    description: "Feeling exposed, defective or disgusted with oneself; a harsh inner verdict.",
    cues: {
      strong: [
        "asham\\w*",
        "shame(?:ful)?",
        "embarrass\\w*",
        "humiliat\\w*",
        "pathetic",
        "worthless",
        "disgust\\w*",
        "(?:feel|felt|so|such|like) (?:stupid|an idiot|a failure|a fraud|a mess|weak|useless)",
        "(?:such|a|total) failure",
        "idiot",
        "hate myself",
        "(?:beat|beating) myself up",
      ],
      weak: ["stupid", "useless"],
    },
    reflections: [
      "There's a lot of harsh judgement aimed at yourself in that.",
      "It sounds like shame has been doing a lot of the talking.",
      "It sounds as if you're being much harder on yourself than you would be on anyone else.",
      "That sounds like a painful thing to carry, and to have carried alone.",
    ],
    questions: [
      "Whose voice does that judgement sound like?",
      "What would you say to a friend who told you the same thing?",
      "What does the shame want you to do?",
    ],
    affirmations: [
      "Saying this at all, when shame is this loud, takes courage.",
      "You're still here looking at it, rather than hiding from it.",
    ],
    teachablePrompt:
      "I'm noticing how quickly the judgement turns on yourself. Shame often makes it hard to let anyone, even a therapist, see the real picture. I wonder how shame has shaped what you can bring to therapy?",
    takeToTherapy:
      "There are things I'm ashamed of that I haven't been able to say. I might need to go slowly with them.",
    journalPrompts: [
      "Write what you'd say to a friend who felt what you feel.",
      "When did you first feel this kind of shame?",
      "What would you bring to therapy if shame weren't in the way?",
    ],
    options: [
      "telling your therapist that shame makes some things hard to say, without saying them yet",
      "writing it down first, as a way to say it without saying it aloud",
      "approaches that work directly with self-criticism, such as compassion-focused therapy",
    ],
  },
  {
    id: "anger",
    label: "Anger",
    group: "everyday",
    description: "Frustration, rage, resentment: anger at others, at oneself, or at how things are.",
    cues: {
      strong: [
        "angry|anger",
        "furious|fuming|livid|seething",
        "rage",
        "pissed off",
        "(?:so mad|mad at|drives me mad|driving me mad)",
        "scream(?:ing)?",
        "(?:lost|lose|losing) my temper",
        "shout(?:ed|ing|s)?|yell(?:ed|ing)?",
        "resent\\w*",
        "hate (?:him|her|them|everyone|people)",
        "frustrat\\w*",
        "sick of (?:this|it|everything)",
      ],
      weak: ["annoyed", "irritated"],
    },
    reflections: [
      "There's a lot of anger in this, and it sounds like it has good reasons.",
      "Something here has really got under your skin.",
      "It sounds like the anger has been building for a while with nowhere to go.",
    ],
    questions: [
      "What is the anger trying to protect?",
      "What does the anger want people to understand?",
      "Where does the anger go, when it has nowhere to go?",
    ],
    affirmations: [
      "You're naming the anger honestly, rather than turning it all inwards.",
      "Being able to say how furious you are is a kind of clarity.",
    ],
    teachablePrompt:
      "I'm noticing that the anger seems to sit on top of something else, maybe hurt or being let down. Anger often guards something softer. What might be underneath it?",
    takeToTherapy:
      "I've been feeling a lot of anger, some of it about therapy. I'd like to be able to say that in sessions.",
    journalPrompts: [
      "What made you angry this week, and what was underneath it?",
      "Write an unsendable letter to whoever you're angry with.",
      "Where do you feel anger in your body?",
    ],
    options: [
      "bringing the anger into sessions, including anger about therapy itself",
      "writing an unsendable letter to let it out without consequences",
      "finding a physical outlet, if that's something that suits you",
    ],
  },
  {
    id: "loneliness",
    label: "Loneliness",
    group: "everyday",
    description: "Feeling alone, isolated or unseen; having no one to talk to.",
    cues: {
      strong: [
        "lonely|loneliness",
        "alone",
        "isolat\\w*",
        "(?:have|got) no ?(?:one|body)",
        "(?:no|don't have any|haven't got any) friends",
        "(?:anyone|no one|nobody) to talk to",
        "on my own",
        "(?:nobody|no one) (?:ever )?(?:gets|understands|cares|checks|notices|would notice|asks)",
        "(?:don't|do not) know anyone",
        "own lives",
        "without speaking to anyone",
        "only person i talk to",
      ],
      weak: ["by myself", "no one"],
    },
    reflections: [
      "It sounds lonely, carrying this mostly by yourself.",
      "There's an ache in that, of not having someone who really gets it.",
      "It sounds like you've had to be your own company for a long time.",
    ],
    questions: [
      "When do you feel the loneliness most?",
      "Who, if anyone, has ever felt like they got it?",
      "What kind of connection do you miss most?",
    ],
    affirmations: [
      "Reaching out here, when you feel this alone, matters.",
      "You've kept going through a lot of this on your own.",
    ],
    teachablePrompt:
      "I'm noticing how much of this you carry alone, and how therapy might be one of the few places you're heard. That makes the relationship with your therapist matter even more. What would it be like to tell them that?",
    takeToTherapy: "I'm lonelier than I've let on. Our sessions are one of the few places I really talk.",
    journalPrompts: [
      "When did you last feel really connected to someone?",
      "What makes reaching out hard for you?",
      "What small contact could you imagine this week?",
    ],
    options: [
      "bringing the loneliness itself into therapy as something to work on",
      "support groups, including online ones, where others share what you're going through",
      "one small contact with someone from before, at your own pace",
    ],
  },
  {
    id: "grief",
    label: "Grief and loss",
    group: "everyday",
    description: "Losing someone or something important, and the long, uneven work of grieving.",
    cues: {
      strong: [
        "died|dead|death|dying",
        "passed away|passed on",
        "funeral",
        "grie(?:f|ving|ve)",
        "bereave\\w*",
        "(?:lost|losing) (?:my|our) (?:mum|mom|dad|brother|sister|nan|gran|grandad|grandma|friend|best friend|son|daughter|wife|husband|partner|baby|dog|cat)",
        "(?:we|i) lost (?:her|him|them)",
        "since (?:we lost|he died|she died|they died|the funeral)",
        "miss (?:him|her|them|my (?:mum|mom|dad|brother|sister|nan|gran|grandad|friend|best friend|son|daughter|wife|husband|partner))",
        "without (?:him|her) (?:here)?$",
      ],
      weak: ["anniversary", "miss (?:him|her)"],
    },
    reflections: [
      "Grief like that doesn't follow anyone's timetable.",
      "It sounds like the loss is still very close, and very much yours.",
      "Missing someone that much says a lot about what they meant to you.",
      "It sounds as if the grief is everywhere except the place you're meant to bring it.",
    ],
    questions: [
      "What do you miss most about them?",
      "What is the grief like on an ordinary day?",
      "What would you want people to understand about how you're grieving?",
    ],
    affirmations: [
      "You're carrying a great deal of love along with the loss.",
      "You're still showing up to your life while grieving. That's hard.",
    ],
    teachablePrompt:
      "I'm noticing that the grief seems to flow at home and stop at the therapy door. That's very common; a stranger's room can feel like the wrong place for something so personal. What might help it feel safer to bring?",
    takeToTherapy:
      "I find it really hard to talk about them in sessions. Could we find a gentler way in, like starting with a photo or a memory?",
    journalPrompts: [
      "Write about a small memory of them.",
      "What do you wish you could still say to them?",
      "What does the grief need from you today?",
    ],
    options: [
      "bringing a photo or an object to a session, so you don't have to start with words",
      "bereavement support, such as groups or specialist counselling, alongside therapy",
      "writing to the person you lost, and bringing it in if you want to",
    ],
  },
  {
    id: "family",
    label: "Family",
    group: "everyday",
    description:
      "Parents, siblings, children and the family you grew up in: conflict, distance, care and history.",
    cues: {
      strong: [
        "mum|mom|mother|dad|father|parents?|mam",
        "sister|brother|siblings?",
        "family",
        "nan|gran|grandma|grandad|grandparents?",
        "(?:my|the|our) (?:kids|children|son|daughter)",
        "step(?:mum|dad|mother|father)",
        "aunt|uncle|cousin",
        "growing up|grew up|in my house",
      ],
      weak: ["kids", "childhood", "at home"],
    },
    reflections: [
      "Family seems to sit close to the centre of this.",
      "It sounds like what happens with your family reaches a long way into everything else.",
      "There's a lot of history in that, and maybe some old hurt.",
    ],
    questions: [
      "How does that relationship affect you day to day?",
      "What would you want your family to understand?",
      "How did your family deal with feelings when you were growing up?",
    ],
    affirmations: [
      "You're trying to make sense of something that goes back a long way.",
      "You care a lot about the people in your family, even when it's hard.",
    ],
    teachablePrompt:
      "I'm noticing that family comes up close to the hardest parts. What we learned at home often shapes how safe it feels to open up anywhere, therapy included. What did your family teach you about feelings?",
    takeToTherapy: "I'd like to talk more about my family. I think it matters more than I've let on.",
    journalPrompts: [
      "What did your family do with feelings?",
      "Which family relationship takes up most room in your mind?",
      "What would you say to one family member if it were safe?",
    ],
    options: [
      "bringing the family pattern into therapy, even if it feels unrelated at first",
      "writing down what you learned at home about feelings",
      "family or group approaches, if it feels right to include others",
    ],
  },
  {
    id: "work",
    label: "Work",
    group: "everyday",
    description: "Jobs, managers, colleagues, deadlines, being off sick or out of work.",
    cues: {
      strong: [
        "(?:at|from|to|off|after|before|about|with|and|plus|for|of) work\\b(?! for| out)",
        "work (?:is|stress|stuff|gossip|said|was|has|thing|life|emails?|meetings?)",
        "my work\\b",
        "workload|workplace|overtime",
        "(?:my|a|the|new|two|2|old) jobs?\\b(?! to)",
        "boss|manager|colleagues?|coworkers?|line manager",
        "fired|sacked|redundan\\w*|laid off|made redundant",
        "signed off",
        "career",
        "deadlines?",
        "meetings?",
        "occupational health",
        "office",
      ],
      weak: ["shifts?", "emails at"],
    },
    reflections: [
      "Work seems to be taking far more out of you than it gives back.",
      "It sounds like work has become both a lifeline and a weight.",
      "There's a lot of pressure coming from work, and not much room to breathe.",
    ],
    questions: [
      "What part of work weighs on you most?",
      "What would a more bearable week at work look like?",
      "How does work affect the rest of your life at the moment?",
    ],
    affirmations: [
      "You've been holding things together at work under a lot of strain.",
      "You're recognising what work is costing you.",
    ],
    teachablePrompt:
      "I'm noticing that work might be doing two jobs: it's hard, and it also keeps other things at a distance. Being busy can be a kind of shelter. What do you think comes up when work stops?",
    takeToTherapy:
      "Work has been taking over, and I think it's also a way I avoid other things. Can we look at that?",
    journalPrompts: [
      "What did work take from you this week, and what did it give?",
      "What comes up for you when work stops?",
      "What would you protect in your week if you could?",
    ],
    options: [
      "bringing work pressures into therapy as a main topic for a while",
      "talking to occupational health or a trusted manager about adjustments, if that feels safe",
      "protecting session times in your calendar the way you would a work meeting",
    ],
  },
  {
    id: "body",
    label: "Body, eating and health",
    group: "everyday",
    description: "How the body feels and is treated: eating, weight, pain, tension, panic and illness.",
    cues: {
      strong: [
        "(?:my )?body",
        "eat(?:ing)?|ate|meals?|binge(?:s|ing)?|starv\\w*",
        "weight",
        "mirrors?",
        "(?:chest|heart|stomach|hands?|throat)\\b[^.]{0,20}\\b(?:tight|racing|races|shake|shaking|pounding|hurts?|churn\\w*|knot)",
        "headaches?|migraines?",
        "pain",
        "panic attacks?",
        "tense|tension",
        "how i look",
        "couldn't breathe|can't breathe",
      ],
      weak: ["sick", "food", "ill\\b"],
    },
    reflections: [
      "It sounds like your body is carrying a lot of this too.",
      "There's a painful relationship with your body in what you've written.",
      "It sounds as if the stress has nowhere to go but into your body.",
    ],
    questions: [
      "What is your body telling you at the moment?",
      "How long has your body been carrying this?",
      "What does your body need that it isn't getting?",
    ],
    affirmations: [
      "It takes honesty to write about your body like this.",
      "You're paying attention to what your body is going through.",
    ],
    teachablePrompt:
      "I'm noticing that a lot of what you feel seems to show up in your body before it shows up in words. That's useful information. What might your body be trying to say?",
    takeToTherapy:
      "There's something about my body or eating that I haven't told you, and I think it matters.",
    journalPrompts: [
      "Where in your body do you feel today?",
      "What has your relationship with food been like this week?",
      "What would being kind to your body look like today?",
    ],
    options: [
      "telling your therapist about what's happening with your body or eating, even briefly",
      "seeing a GP about physical symptoms, so they're looked after too",
      "specialist support if eating is a big part of it",
    ],
  },
  {
    id: "sleep",
    label: "Sleep",
    group: "everyday",
    description: "Not sleeping, sleeping too much, nightmares and nights spent going over things.",
    cues: {
      strong: [
        "sleep\\w*|slept",
        "insomnia",
        "awake",
        "nightmares?",
        "(?:up|awake) (?:at|since|till|until) \\d+ ?(?:am|pm)?",
        "lie awake|lying awake",
        "(?:can't|couldn't|cannot) (?:get to )?sleep",
        "tossing and turning",
      ],
      weak: ["\\d ?am\\b", "\\bbed\\b"],
    },
    reflections: [
      "Nights like that wear everything thin.",
      "It sounds like the night is when it all gets loudest.",
      "Without sleep, everything else becomes heavier to carry.",
    ],
    questions: [
      "What goes through your mind when you're lying awake?",
      "What are nights like for you at the moment?",
      "How does the lack of sleep show up in your days?",
    ],
    affirmations: [
      "You're still getting through the days on very little sleep.",
      "Writing things down at night, rather than only turning them over, is a good instinct.",
    ],
    teachablePrompt:
      "I'm noticing that the nights seem to be where the thinking gets loudest. Sometimes what keeps us awake is what we haven't had space to say in the day. What tends to come up at night?",
    takeToTherapy:
      "I'm barely sleeping and it's affecting everything. I'd like that to be part of what we look at.",
    journalPrompts: [
      "What was on your mind last night?",
      "Write down what you'd like to set aside before sleep.",
      "What helps you rest, even a little?",
    ],
    options: [
      "talking to your GP about sleep, since it affects everything else",
      "writing down what's going round your head before bed, to set it aside",
      "bringing the night-time thoughts into therapy as material",
    ],
  },
];

/** Look up a theme by id. */
export function themeById(id: ThemeId): Theme | undefined {
  return THEMES.find((t) => t.id === id);
}
