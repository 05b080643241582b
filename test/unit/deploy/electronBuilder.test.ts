// electron-builder.yml cannot be built into a pkg on Linux, so it is checked here: against
// electron-builder's own JSON schema, and for every value a managed Intune install depends on.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Ajv } from 'ajv'
import { parse as parsePlist } from 'plist'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { APP_ID, PRODUCT_NAME } from '../../../main/common/identity'
import { ICON_PNG } from '../../../scripts/icon'
import { REPO } from '../../helpers/fakeSysroot'

const read = (file: string) => readFileSync(path.join(REPO, file), 'utf8')
const config = parseYaml(read('electron-builder.yml'))
const schema = JSON.parse(read('node_modules/app-builder-lib/scheme.json'))
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema)

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s own schema', () => {
    expect(validate(config), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true)
  })

  it.each([
    ['a misspelt pkg option', { pkg: { ...config.pkg, isRelocateable: false } }],
    ['a misspelt fuse', { electronFuses: { ...config.electronFuses, runAsNodes: false } }],
    ['a wrong type', { mac: { ...config.mac, hardenedRuntime: 'yes' } }],
  ])('the schema check rejects %s', (_name, change) => {
    expect(validate({ ...config, ...change })).toBe(false)
  })

  it('uses APP_ID as the bundle ID and the product name everywhere', () => {
    expect(config.appId).toBe(APP_ID)
    expect(config.productName).toBe(PRODUCT_NAME)
    expect(config.pkg.mustClose).toEqual([APP_ID])
    expect(JSON.parse(read('package.json')).productName).toBe(PRODUCT_NAME)
  })

  it('builds a universal pkg for macOS 13 and later, hardened and notarised', () => {
    expect(config.mac.target).toEqual([{ target: 'pkg', arch: 'universal' }])
    expect(config.mac.minimumSystemVersion).toBe('13.0')
    expect(config.mac.hardenedRuntime).toBe(true)
    expect(config.mac.notarize).toBe(true)
  })

  it('sets the release fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    })
    expect(config.asar).toBe(true)
  })

  it('installs only into /Applications on the boot volume, never relocated, version-checked', () => {
    expect(config.pkg).toMatchObject({
      installLocation: '/Applications',
      isRelocatable: false,
      isVersionChecked: true,
      overwriteAction: 'upgrade',
      allowAnywhere: false,
      allowCurrentUserHome: false,
      allowRootDirectory: true,
      scripts: 'pkg-scripts',
    })
    expect(path.join(config.directories.buildResources, config.pkg.scripts)).toBe('build/pkg-scripts')
  })

  it('grants the hardened runtime only the JIT entitlement', () => {
    expect(config.mac.entitlements).toBe(config.mac.entitlementsInherit)
    expect(parsePlist(read(config.mac.entitlements))).toEqual({ 'com.apple.security.cs.allow-jit': true })
  })

  it('packages out/ and package.json only: the build bundles every runtime module', () => {
    expect(config.files).toEqual(['out/**', 'package.json'])
    expect(JSON.parse(read('package.json')).dependencies ?? {}).toEqual({})
  })

  it('uses the icon rendered from the vector source', () => {
    expect(config.mac.icon).toBe(ICON_PNG)
  })

  it('has an npm script that builds the Mac pkg', () => {
    expect(JSON.parse(read('package.json')).scripts['dist:mac']).toMatch(/electron-builder --mac/)
  })
})
