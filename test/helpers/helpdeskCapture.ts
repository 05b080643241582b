/** A capture as the helpdesk's report and bundle receive it: a real one, with a device and an answer. */
import { DEFAULT_CONFIG } from '../../main/common/config/appConfig'
import { diagnosisContext } from '../../main/common/diagnosis/rules'
import type { HelpdeskCapture } from '../../main/node/helpdesk/outputs'
import { stateFromCapture } from '../../main/node/probe/readMacState'
import { captureOf, appSsoFixtures } from './captures'

export function helpdeskCaptureOf(name = 'derived-user-not-registered.txt'): HelpdeskCapture {
  const capture = captureOf(appSsoFixtures().find((f) => f.name === name)!.text)
  const diagnosis = diagnosisContext(DEFAULT_CONFIG)
  return {
    state: stateFromCapture(capture, diagnosis),
    raw: capture,
    diagnosis,
    device: {
      serialNumber: 'C02FK1ABQ6L4',
      model: 'Mac14,2',
      modelName: 'MacBook Air',
      chip: 'Apple M2',
      computerName: 'Contoso-0142',
      problems: [],
    },
    answers: [{ question: 'reportedEntraPasswordReset', answer: false, at: '2026-11-21T09:58:00Z' }],
    repair: null,
  }
}
