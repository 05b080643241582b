/** Parser for `sw_vers` (`ProductName:\tmacOS`, `ProductVersion:\t15.6`, `BuildVersion:\t24G84`). */
export interface OsVersion {
  productName: string | null
  version: string | null
  build: string | null
}

export function parseSwVers(text: string): OsVersion {
  const normalised = String(text).replace(/\r\n?/g, '\n')
  // Found with indexOf, not a multi-line pattern: a backtracking pattern is quadratic on long blank runs.
  const value = (key: string) => {
    const label = `${key}:`
    const at = normalised.startsWith(label) ? 0 : normalised.indexOf(`\n${label}`) + 1
    if (at === 0 && !normalised.startsWith(label)) return null
    const start = at + label.length
    const end = normalised.indexOf('\n', start)
    const rest = normalised.slice(start, end < 0 ? undefined : end).trim()
    return rest ? rest : null
  }
  const version = value('ProductVersion')
  return {
    productName: value('ProductName'),
    version: version && /^\d+(\.\d+)*$/.test(version) ? version : null,
    build: value('BuildVersion'),
  }
}
