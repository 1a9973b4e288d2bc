// The embedding contract's check of one theme value (a custom property by its name after
// `--alliance87-`), from the rules the release's widgets.json carries (`theme[].kind` and
// `checks`), so no rule is written here: the same verdicts as src/theme.rs, held to
// tests/contract-cases.json. Used by the frame page (embed.js); pure, so it runs anywhere.
// Returns { verdict: "accepted" | "unset" | "refused", value, kind } (value when accepted; kind
// when the property exists).
export function checkTheme(contract, name, given) {
  const entry = contract.theme.find((e) => e.name === name);
  if (!entry) return { verdict: "refused" };
  const checks = contract.checks;
  const value = String(given ?? "").trim();
  if (value === "") return { verdict: "unset", kind: entry.kind };
  const lower = value.toLowerCase();
  const length = (v) => new RegExp(checks.length_pattern).test(v);
  const rules = {
    colour: () => new RegExp(checks.colour_pattern).test(lower) || checks.colour_names.includes(lower),
    length: () => length(lower),
    font_size: () => checks.font_size_keywords.includes(lower) || length(lower),
    font_list: () => new RegExp(checks.font_list_pattern).test(lower),
  };
  return Object.hasOwn(rules, entry.kind) && rules[entry.kind]() ? { verdict: "accepted", value, kind: entry.kind } : { verdict: "refused", kind: entry.kind };
}
