/**
 * Plugs issue 3's playbooks and finding texts (main/common/playbooks, main/common/diagnosis) into
 * the renderer's catalogue. Until that branch is merged this installs nothing, and the status screen
 * offers no repair rather than a wrong one.
 */
export function installPlaybookCatalogue(): void {}
