/**
 * One reverse-DNS identifier wherever it must match: electron-builder appId (the bundle ID Intune
 * detects), the managed-preferences domain, the log subsystem and folder, the LaunchAgent label.
 */
export const APP_ID = 'io.github.psso-helper'
export const PRODUCT_NAME = 'PSSO Helper'
