/** Parser for `sw_vers` (`ProductName:\tmacOS`, `ProductVersion:\t15.6`, `BuildVersion:\t24G84`). */
export interface OsVersion {
  productName: string | null
  version: string | null
  build: string | null
}

export function parseSwVers(text: string): OsVersion {
  const value = (key: string) =>
    new RegExp(`^${key}:\\s*(\\S.*?)\\s*$`, 'm').exec(String(text).replace(/\r\n?/g, '\n'))?.[1] ?? null
  const version = value('ProductVersion')
  return {
    productName: value('ProductName'),
    version: version && /^\d+(\.\d+)*$/.test(version) ? version : null,
    build: value('BuildVersion'),
  }
}

/** Major and minor of a macOS version string; null when it is not one. */
export function majorMinor(version: string | null): { major: number; minor: number } | null {
  const match = version ? /^(\d+)(?:\.(\d+))?/.exec(version) : null
  return match ? { major: Number(match[1]), minor: Number(match[2] ?? 0) } : null
}
