/** What every benchmark in scripts/bench*.ts reports: a leaf module, so the benches import no one another. */
export interface Measurement {
  name: string
  value: string
  target?: string
}
