// The words a person reads when the trial's daily free replies are used up: when they come
// back, and that help and the other tools stay free. Checked through request(), as the app sees it.
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, request, trialLimitMessage } from "./api.js";

afterEach(() => vi.unstubAllGlobals());

describe("the trial's daily limit", () => {
  it("says when the free replies start again, and what stays free", () => {
    const text = trialLimitMessage(5 * 3600);
    expect(text).toMatch(/today's free replies/);
    expect(text).toMatch(/start again in about 5 hours \(at \d\d:\d\d your time\)/);
    expect(text).toMatch(/What you wrote is kept/);
    expect(text).toMatch(/Get help now, your journal and the other reflection tools stay free/);
    expect(text).not.toMatch(/UTC|429|fair-use/i);
  });

  it("still reads well without a Retry-After", () => {
    expect(trialLimitMessage(null)).toMatch(/start again within a day\./);
  });

  it("is what request() throws for a 429 trial_daily_limit, keeping the code and the wait", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(
        async () =>
          new Response(JSON.stringify({ error: { code: "trial_daily_limit", message: "server words" } }), {
            status: 429,
            headers: { "Content-Type": "application/json", "Retry-After": "1800" },
          }),
      ),
    );
    const caught = await request("POST", "/api/conversations/x/messages", { text: "hi" }).catch((e) => e);
    expect(caught).toBeInstanceOf(ApiError);
    expect(caught).toMatchObject({ status: 429, code: "trial_daily_limit", retryAfter: 1800 });
    expect((caught as ApiError).message).toMatch(/start again in 30 minutes/);
  });
});
