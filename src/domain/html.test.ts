import { describe, expect, it } from "vitest";
import { html } from "./html.js";

describe("the portal's HTML template", () => {
  it("escapes text put into it, and keeps HTML made by itself", () => {
    const name = `<script>alert("x")</script> & 'الزاوية'`;
    const item = html`<li>${name}</li>`;
    // prettier-ignore
    const list = html`<ul>${[item, item]}</ul>`;
    expect(list.text).toBe(
      `<ul>${`<li>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;الزاوية&#39;</li>`.repeat(2)}</ul>`,
    );
  });

  it("writes nothing for null, undefined and false, and numbers as they are", () => {
    expect(html`${null}${undefined}${false}${0}`.text).toBe("0");
  });
});
