/**
 * The playbook catalogue the screens read. Issue 3's playbooks (main/common/playbooks) plug in here;
 * tests inject a fake with `injectPlaybookCatalogue()`.
 */
import type { PlaybookCatalogue } from './session'

/** Knows no playbook: the status screen then offers no repair, never a wrong one. */
const empty: PlaybookCatalogue = {
  playbook: () => undefined,
  text: (key) => key,
  playbookForFinding: () => null,
  evidenceText: (id) => id,
  findingText: () => null,
  settingsPaneUrl: () => null,
}

let current: PlaybookCatalogue = empty

export function injectPlaybookCatalogue(catalogue: PlaybookCatalogue | null): void {
  current = catalogue ?? empty
}

export function playbookCatalogue(): PlaybookCatalogue {
  return current
}
