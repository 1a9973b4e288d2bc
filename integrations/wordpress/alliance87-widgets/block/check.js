// The embedding contract's check of one setting's value, in the block editor: the same verdicts
// as the widgets' runtime (Rust) and the plugin's PHP (alliance87_check_value), from the rules the
// release's widgets.json carries (`checks`), so no rule is written here.
// tests/contract-cases.json holds the three to the same table.
// Returns { verdict: "on" | "off" | "accepted" | "unset" | "refused", value } (value when accepted).
window.alliance87CheckValue = function (contract, setting, given) {
  const checks = contract.checks;
  const value = String(given ?? "").trim();
  if (setting.kind === "flag") {
    const word = value.toLowerCase();
    if (checks.flag_on.includes(word) || word === setting.attribute) return { verdict: "on" };
    if (checks.flag_off.includes(word)) return { verdict: "off" };
    return { verdict: "refused" };
  }
  if (value === "") return { verdict: "unset" };
  const accepted = (v) => ({ verdict: "accepted", value: v });
  switch (setting.kind) {
    case "language": {
      const separators = new RegExp(`[${checks.language_separators.replace(/[-\\\]^]/g, "\\$&")}]`);
      const primary = value.split(separators)[0].toLowerCase();
      return contract.languages.some((l) => l.code === primary) ? accepted(primary) : { verdict: "refused" };
    }
    case "group":
      return value.length <= checks.group_max_chars && new RegExp(checks.group_pattern).test(value)
        ? accepted(value)
        : { verdict: "refused" };
    default: {
      if (new RegExp(checks.address_forbidden).test(value)) return { verdict: "refused" };
      const scheme = new RegExp(checks.address_scheme).exec(value);
      if (scheme && !checks.address_schemes.includes(scheme[1].toLowerCase())) return { verdict: "refused" };
      return accepted(value);
    }
  }
};
