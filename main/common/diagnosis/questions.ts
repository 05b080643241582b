/**
 * What the app may ask the user: the two things the Mac cannot know (an Entra password reset, what
 * the user expects from the Secure Enclave method). A question is open when the user has not
 * answered it and a "yes" would change the diagnosis, so the rules alone decide when to ask.
 */
import { DEFAULT_CONFIG } from '../config/appConfig'
import type { MacFacts } from '../model/macState'
import type { FindingId } from './findingIds'
import { diagnose, diagnosisContext } from './rules'

/** The questions, by the id the answers, the reports and the IPC contract use. */
export const QUESTION_IDS = ['reportedEntraPasswordReset', 'expectsMacPasswordToFollowEntra'] as const
export type QuestionId = (typeof QUESTION_IDS)[number]

export type UserAnswers = { [K in QuestionId]?: boolean }

/** The finding each question's "yes" can raise (rules.ts). */
const FINDING_OF: Record<QuestionId, FindingId> = {
  reportedEntraPasswordReset: 'password-changed-in-entra',
  expectsMacPasswordToFollowEntra: 'secure-enclave-password-expectation',
}

/** The unanswered questions whose "yes" would add their finding to this Mac's diagnosis. */
export function openQuestions(facts: MacFacts, answers: UserAnswers): QuestionId[] {
  return QUESTION_IDS.filter(
    (question) =>
      answers[question] === undefined &&
      diagnose(facts, diagnosisContext(DEFAULT_CONFIG, { [question]: true })).some(
        (finding) => finding.id === FINDING_OF[question],
      ),
  )
}

/** One answer as a report shows it: which question, yes or no, and when (ISO 8601 UTC). */
export interface AnsweredQuestion {
  question: QuestionId
  answer: boolean
  at: string
}

/** The CLI's names for the questions (`--answer password-reset`): a "yes" to each. */
export const ANSWER_NAMES: Record<string, QuestionId> = {
  'password-reset': 'reportedEntraPasswordReset',
  'mac-password-follows-entra': 'expectsMacPasswordToFollowEntra',
}

/** The answers in the shape diagnosis takes. */
export function answersOf(answered: readonly AnsweredQuestion[]): UserAnswers {
  return Object.fromEntries(answered.map(({ question, answer }) => [question, answer]))
}
