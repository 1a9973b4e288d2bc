/** @jsxImportSource preact */
// Preact 11 templates with the package's element map; tsc must refuse exactly the MISTAKE lines.
import type {} from "@alliance87/widgets/preact";

export const explorer = <alliance87-explorer lang="fr-CA" language-switch group="migration" class="wide" />;
export const checklist = <alliance87-checklist lang="es" group="supply-chains" src="/content.json" />;
export const assessment = <alliance87-self-assessment submit-url="https://example.org/results" explorer-url="/groups/" />;
export const misspelt = <alliance87-explorer lang="de" />; // MISTAKE: no such language
export const notAFlag = <alliance87-explorer deep-link="maybe" />; // MISTAKE: not a flag's word
