/**
 * The playbook catalogue the screens read: the real one (./playbooks.ts) unless a test injects a fake
 * with `injectPlaybookCatalogue()`.
 */
import { issue3Catalogue } from './playbooks'
import type { PlaybookCatalogue } from './session'

let current: PlaybookCatalogue = issue3Catalogue

export function injectPlaybookCatalogue(catalogue: PlaybookCatalogue | null): void {
  current = catalogue ?? issue3Catalogue
}

export function playbookCatalogue(): PlaybookCatalogue {
  return current
}
