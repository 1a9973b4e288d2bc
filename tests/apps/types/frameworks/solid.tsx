/** @jsxImportSource @solidjs/web */
// Solid 2 templates with the package's element map; tsc must refuse exactly the MISTAKE lines.
import type {} from "@alliance87/widgets/solid";

export const explorer = <alliance87-explorer lang="fr" language-switch="" deep-link={true} />;
export const checklist = <alliance87-checklist lang="en" group="migration" />;
export const misspelt = <alliance87-checklist lang="english" />; // MISTAKE: no such language
export const notAGroup = <alliance87-checklist group={3} />; // MISTAKE: a group is named by its id
