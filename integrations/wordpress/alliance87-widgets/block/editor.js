// The "Alliance 8.7 widget" block in the editor: plain JS on WordPress's own globals (no build
// step). Its attributes and the settings each widget reads come from the release's widgets.json
// (window.alliance87BlockSettings.contract), with their names in three languages, so a new
// setting needs no change here. The preview is the server's rendering (the same PHP as the shortcode), which the
// widgets' bundle, loaded in the editor, turns into the real widget.
(function (wp) {
  const { registerBlockType } = wp.blocks;
  const { createElement: el, Fragment } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, SelectControl, ToggleControl, TextControl } = wp.components;
  const ServerSideRender = wp.serverSideRender;
  const { __ } = wp.i18n;
  const { contract } = window.alliance87BlockSettings;
  // Group names in the editor's language when the widgets speak it.
  const editorLang = (document.documentElement.lang || "en").slice(0, 2).toLowerCase();

  // Widget and setting names as the embed builder words them, from the contract, in the
  // editor's language when the widgets speak it.
  // Own keys only, as every lookup by a value from outside.
  const inEditorLanguage = (labels) => (Object.hasOwn(labels, editorLang) && labels[editorLang]) || labels.en;
  // Only the block knows that an empty content file means the site's own, set in its settings.
  const siteContentHelp = __("Leave empty for the site's content file, or the built-in content.", "alliance87-widgets");
  const refused = (setting, value) => window.alliance87CheckValue(contract, setting, value).verdict === "refused";

  function control(setting, widget, attributes, setAttributes) {
    const label = inEditorLanguage(setting.label);
    const value = attributes[setting.option];
    const set = (next) => setAttributes({ [setting.option]: next });
    switch (setting.kind) {
      case "language":
        return el(SelectControl, {
          key: setting.option, label, value,
          options: [{ value: "", label: __("Follow the page", "alliance87-widgets") }]
            .concat(contract.languages.map((l) => ({ value: l.code, label: l.name }))),
          onChange: set,
        });
      case "group":
        return el(SelectControl, {
          key: setting.option, label, value,
          options: [{ value: "", label: widget.name === "checklist" ? __("None: the visitor chooses", "alliance87-widgets") : __("None: show every group", "alliance87-widgets") }]
            .concat(contract.groups.map((g) => ({ value: g.id, label: inEditorLanguage(g.name) }))),
          onChange: set,
        });
      case "flag":
        return el(ToggleControl, { key: setting.option, label, checked: !!value, onChange: set });
      default:
        return el(TextControl, {
          key: setting.option, label, value, type: "url",
          help: value && refused(setting, value)
            ? __("Not an http(s) address: the widget ignores it.", "alliance87-widgets")
            : setting.attribute === "src" ? siteContentHelp : undefined,
          onChange: set,
        });
    }
  }

  // The theme fields the embed builder offers (the contract's labelled entries), as custom
  // properties on the widget; the server checks each value and tells editors what it ignored.
  const themeOption = (entry) => `theme${entry.name.replace(/(^|-)(\w)/g, (all, dash, letter) => letter.toUpperCase())}`;
  function themeControl(entry, attributes, setAttributes) {
    const option = themeOption(entry);
    const label = inEditorLanguage(entry.label);
    const value = attributes[option] || "";
    const set = (next) => setAttributes({ [option]: next });
    if (entry.kind === "length") {
      // Asked in pixels, as the builder does; written as a length.
      return el(TextControl, {
        key: option, label, type: "number", min: 0, value: value.replace(/px$/, ""), placeholder: entry.default.replace(/px$/, ""),
        onChange: (next) => set(next === "" ? "" : `${next}px`),
      });
    }
    return el(TextControl, { key: option, label, value, placeholder: entry.default || undefined, onChange: set });
  }

  registerBlockType("alliance87/widget", {
    edit({ attributes, setAttributes }) {
      const widget = contract.widgets.find((w) => w.name === attributes.widget) || contract.widgets[0];
      const settings = widget.settings.map((name) => contract.settings.find((s) => s.attribute === name)).filter(Boolean);
      return el(
        Fragment,
        null,
        el(
          InspectorControls,
          null,
          el(
            PanelBody,
            { title: __("Widget", "alliance87-widgets") },
            el(SelectControl, {
              label: __("Which widget", "alliance87-widgets"),
              value: widget.name,
              options: contract.widgets.map((w) => ({ value: w.name, label: inEditorLanguage(w.label) })),
              onChange: (next) => setAttributes({ widget: next }),
            }),
            settings.map((setting) => control(setting, widget, attributes, setAttributes)),
          ),
          el(
            PanelBody,
            { title: __("Theme", "alliance87-widgets"), initialOpen: false },
            el("p", null, __("Colours as #0b5cab, a font as Georgia, serif. Leave a field empty to keep the widget's own.", "alliance87-widgets")),
            contract.theme.filter((entry) => entry.label).map((entry) => themeControl(entry, attributes, setAttributes)),
          ),
        ),
        // The real widget, compact and inert: a click selects the block, never a widget's button
        // or link, and the keyboard moves between blocks, not inside the preview.
        el(
          "div",
          useBlockProps(),
          el(
            "div",
            { className: "alliance87-editor-preview", style: { maxHeight: "360px", overflow: "hidden" }, ref: (node) => node?.setAttribute("inert", "") },
            el(ServerSideRender, { block: "alliance87/widget", attributes }),
          ),
        ),
      );
    },
    // Rendered on the server, by the same PHP as the shortcode.
    save: () => null,
  });
})(window.wp);
