import { describe, expect, it } from "vitest";
import { asPartOfYou, turnPerspective } from "./perspective.js";

describe("turning the person's words round", () => {
  it.each([
    ["i'm tired of my therapist", "you're tired of your therapist"],
    ["i've cancelled again", "you've cancelled again"],
    ["i'd rather write it down", "you'd rather write it down"],
    ["i'll go back next week", "you'll go back next week"],
    ["it makes me angry", "it makes you angry"],
    ["that one is mine", "that one is yours"],
    ["i hate myself for it", "you hate yourself for it"],
    ["i am so done", "you are so done"],
    ["i was late again", "you were late again"],
    ["i really wasn't ready", "you really weren't ready"],
    ["it was awful", "it was awful"],
    ["was i wrong to leave", "were you wrong to leave"],
    ["we never agreed on the goals", "you never agreed on the goals"],
    ["i also know me", "you also know yourself"],
    ["she wants me to talk", "she wants you to talk"],
  ])("%s → %s", (input, expected) => {
    expect(turnPerspective(input)).toBe(expected);
  });

  it("refuses to mirror a clause that speaks to or about 'you'", () => {
    expect(turnPerspective("you wouldn't understand")).toBeNull();
    expect(turnPerspective("she said you need to try harder")).toBeNull();
    expect(turnPerspective("ur just a bot")).toBeNull();
  });

  it("makes the verb agree with 'part of you'", () => {
    expect(asPartOfYou("i want to go back")).toBe("wants to go back");
    expect(asPartOfYou("i really don't want it")).toBe("really doesn't want it");
    expect(asPartOfYou("i'm scared of what it means")).toBe("is scared of what it means");
    expect(asPartOfYou("i can't face it")).toBe("can't face it");
    expect(asPartOfYou("i miss my brother")).toBe("misses your brother");
    expect(asPartOfYou("she left")).toBeNull();
  });
});
