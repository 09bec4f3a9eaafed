/**
 * Meaning under the words when a message has no theme of its own. Rather than a stock
 * "that sounds hard", these read what the person's phrasing itself carries: something
 * that keeps happening, something that goes back a long way, being alone with it, a
 * person who matters, something lost, not knowing yet. Each is a tentative complex
 * reflection in the second person, never a label and never advice. Most specific first.
 */

interface MeaningCue {
  re: RegExp;
  lines: readonly string[];
}

/** People whose place in the story is worth naming back ("your mum", "your friend"). */
const PEOPLE =
  /\bmy (mum|mom|mother|dad|father|parents|partner|husband|wife|boyfriend|girlfriend|ex|friend|best friend|friends|sister|brother|son|daughter|kids|children|boss|manager|therapist|counsellor|gp|family|nan|gran|grandad|grandma)\b/;

const CUES: readonly MeaningCue[] = [
  {
    re: /\b(?:without (?:him|her|them)|the only one who|since (?:he|she|they) (?:died|left|went))\b/,
    lines: [
      "It sounds like there's a gap where that person used to be, and nothing fits it.",
      "It sounds as if someone irreplaceable is missing from all of this.",
    ],
  },
  {
    re: /\b(?:couldn't|can't|cannot|could not) (?:say|speak|talk|get (?:it|the words|anything) out|find the words)\b|\bjust sat there\b/,
    lines: [
      "It sounds like the words got stuck somewhere, and that's painful in itself.",
      "It sounds as if something closed up just when you needed to speak.",
    ],
  },
  {
    re: /\b(?:she|he|they|people|everyone) (?:must |probably |would |'d |will )?(?:think|thinks|be (?:disappointed|annoyed|fed up)|judge|judges)\b|\bsick of me\b|\bthink i'm\b/,
    lines: [
      "It sounds like a lot rides on how you imagine you're being seen.",
      "It sounds as if you're bracing for a judgement before anyone has made one.",
    ],
  },
  {
    re: /\b(?:being told|told what (?:i|to)|tell(?:s|ing)? me (?:what|how) i)\b/,
    lines: ["It sounds like being told what's going on inside you really grates, and understandably."],
  },
  {
    re: /\b(?:felt sick|feel sick|feeling sick|dread(?:ed|ing)?|knot in my stomach|couldn't breathe)\b/,
    lines: [
      "It sounds like your body was dreading it before you'd even got there.",
      "It sounds as if the fear shows up in your body first.",
    ],
  },
  {
    re: /\b(?:catches up|hits me|when it's quiet|nothing to do|(?:weekends|evenings|nights|sundays) are the worst)\b/,
    lines: [
      "It sounds like it waits for you in the quiet moments, when there's nothing to hold it off.",
      "It sounds as if the stillness is when it all arrives.",
    ],
  },
  {
    re: /\b(?:doing it wrong|failing (?:it|at)|getting it wrong|not good enough|a failure)\b/,
    lines: [
      "It sounds like you've been marking yourself against a test you can't seem to pass.",
      "There's a harsh grade in that, and it sounds like you're the one giving it.",
    ],
  },
  {
    re: /\b(?:it would be nice|i wish|if only|i'd love|someone who (?:actually|just|really)?)\b/,
    lines: [
      "There's a real wish in that, for something that hasn't quite happened yet.",
      "It sounds like you know what you'd want, even if you haven't had it.",
    ],
  },
  {
    re: /\b(?:pattern|obvious|i can see|i get (?:it|why)|understanding of|i know why)\b/,
    lines: [
      "It sounds like something has come into focus.",
      "It sounds as if you can see the shape of it clearly, even if seeing it hasn't changed it yet.",
    ],
  },
  {
    re: /\b(?:patient|kind|good at (?:her|his|their) job|gets me|understands me|nice)\b/,
    lines: [
      "It sounds like there's something good in that relationship, which can make the hard parts more complicated.",
      "It sounds as if there's real goodwill there, and that matters.",
    ],
  },
  {
    re: /\b(?:a break|some space|step back|stepped back|took a break|wanted a break)\b/,
    lines: ["It sounds like you needed some distance, at least for a while."],
  },
  {
    re: /\beven if\b/,
    lines: ["It sounds like you mean it, even if it costs something."],
  },
  {
    re: /^(?:it's|its) not that\b/,
    lines: ["It sounds like the reason is more tangled than it might look."],
  },
  {
    re: /\b(?:really hard|so hard|physically|takes (?:everything|so much|a lot))\b/,
    lines: ["It sounds like it takes far more out of you than other people might see."],
  },
  {
    re: /\b(?:i used to|used to be|that was mine|before all this|the old me|who i was)\b/,
    lines: [
      "It sounds as if something that was yours has been crowded out.",
      "It sounds like there's some loss in that, for a part of your life that has gone quiet.",
    ],
  },
  {
    re: /\b(?:since i was (?:a kid|little|young|a child|a teenager|small)|my whole (?:life|childhood)|as long as i can remember|growing up|when i was (?:a kid|little|young|small)|always been like this)\b/,
    lines: [
      "That sounds like it goes back a long way.",
      "It sounds as if this has been part of the landscape for most of your life.",
    ],
  },
  {
    re: /\b(?:no one|nobody|noone|not anyone|don't know anyone|haven't told anyone|never told anyone|not even my|on my own|by myself)\b/,
    lines: [
      "It sounds like you've been on your own with this for a long time.",
      "That sounds lonely, holding something that nobody else gets to see.",
    ],
  },
  {
    re: /\b(?:makes? it worse|almost makes it|that's the problem|that's the thing|that's why)\b/,
    lines: [
      "It sounds like you've put your finger on something that matters there.",
      "It sounds as if the very thing that should help is part of what makes it hard.",
    ],
  },
  {
    re: /\b(?:safer|feels safe|easier that way|so i don't have to|then i don't have to|don't have to think)\b/,
    lines: [
      "It sounds as if that has been a way of keeping yourself safe.",
      "That seems to protect you from something, even if it costs something too.",
    ],
  },
  {
    re: /\b(?:again|every (?:time|week|day|night|session)|each time|keeps? happening|over and over|same thing|same with|the same (?:questions?|way)|the usual|always (?:do|end up|happens?)|(?:second|third|fourth|fifth|sixth) time|my last (?:two|three|few))\b/,
    lines: [
      "It sounds like this isn't new, more something that keeps coming round.",
      "There's a sense of a well-worn path in that, as if you know how it goes.",
    ],
  },
  {
    re: /\b(?:everyone|people|they|others) (?:says?|thinks?|tells? me|keeps? (?:saying|telling)|expects?|said)\b|\b(?:she|he) (?:keeps|always) (?:saying|telling|says)\b/,
    lines: [
      "It sounds like other people's verdicts have been loud in this, and may not fit what it's like for you.",
      "It sounds tiring, having everyone else's view of it on top of your own.",
    ],
  },
  {
    re: /\b(?:a year|months|years|weeks) ago\b|\bfor (?:a year|months|years|ages|weeks)\b|\bin months\b/,
    lines: [
      "That's a long time to have been carrying this.",
      "It sounds like time has gone by without things shifting the way you hoped.",
    ],
  },
  {
    re: /\b(?:too much|a lot|can't cope|can't handle|fall apart|falling apart)\b/,
    lines: [
      "It sounds like there's a real fear of how big this could get.",
      "It sounds as if there's more here than feels safe to let in all at once.",
    ],
  },
  {
    re: /\b(?:nothing (?:has )?changed|nothing changes|nothing works|nothing helps|still the same|no different|nothing really)\b/,
    lines: [
      "It sounds disheartening, putting so much in and seeing so little change.",
      "It sounds like the sameness itself has become heavy.",
    ],
  },
  {
    re: /\b(?:don't know|not sure|no idea|can't tell|dunno)\b/,
    lines: [
      "It sounds like you're not sure yet, and that's a fair place to be.",
      "It sounds as if it's still taking shape, and you don't have to have it worked out.",
    ],
  },
  {
    re: /\b(?:not (?:a )?big|only a bit|it's nothing|not a big deal|probably nothing|not that bad)\b/,
    lines: ["It might sound small on the surface, and it still seems to matter."],
  },
  {
    re: /\b(?:worse|harder|getting worse)\b/,
    lines: ["It sounds like things have been sliding, and that's frightening in its own way."],
  },
];

/**
 * Complex reflections grounded in the message's own phrasing, most specific first; empty
 * when nothing in the wording gives a clear handle.
 *
 * @example meaningReflections("i used to paint. that was mine")[0] // "It sounds as if something that was yours has been crowded out."
 */
export function meaningReflections(lower: string): string[] {
  const out: string[] = [];
  const person = PEOPLE.exec(lower)?.[1];
  for (const cue of CUES) if (cue.re.test(lower)) out.push(...cue.lines);
  if (person !== undefined && person !== "therapist" && person !== "counsellor") {
    out.push(
      `It sounds like a lot is tied up in how things are with your ${person}.`,
      `What happens with your ${person} seems to matter a great deal to you.`,
    );
  }
  return out;
}
