// What a client developer writes with the generated typescript-fetch client: one call per operation, only the
// fields meant. Compiled with the generated sources by GeneratedClientsTest (tsc --strict) and run with node
// against `serve`; it prints what came back as one JSON line.
import {
  Configuration, DefaultApi, ImagingGuidance, PriorAuthorization, ResponseError, Setting,
} from './index';

declare const process: { argv: string[]; exitCode?: number };

async function main(): Promise<void> {
  const api = new DefaultApi(new Configuration({ basePath: process.argv[2] }));
  const fee = await api.getFeeRaw({
    code: '62321', setting: Setting.NonFacility, locality: '0111205', date: new Date('2025-06-01'),
  });
  const feeBody = await fee.value();
  const estimate = await api.estimateRaw({
    estimateRequest: {
      patientId: 'TS-CLIENT-PATIENT', dateOfService: new Date('2025-06-01'), setting: Setting.Facility,
      locality: '0111205', code: '62321', imagingGuidance: ImagingGuidance.Fluoroscopy, deductibleRemaining: 0,
    },
  });
  const estimateBody = await estimate.value();
  const advantage = await api.estimateRaw({
    estimateRequest: {
      patientId: 'TS-CLIENT-MEMBER', dateOfService: new Date('2025-06-01'), setting: Setting.NonFacility,
      locality: '0111205', code: '62321',
      medicareAdvantage: {
        physician: { coinsurancePercent: 20 }, allowedPercentOfMedicare: 95,
        priorAuthorization: PriorAuthorization.Obtained,
      },
    },
  });
  const advantageBody = await advantage.value();
  const session = {
    sessionRequest: {
      patientId: 'TS-CLIENT-PATIENT', dateOfService: new Date('2025-04-01'),
      lines: [{ code: '64479' }, { code: '64480' }],
    },
  };
  const first = await api.recordSessionRaw(session);
  const firstBody = await first.value();
  const again = await api.recordSessionRaw(session);
  const againBody = await again.value();
  console.log(JSON.stringify({
    fee: { status: fee.raw.status, amount: feeBody.amount, limitingCharge: feeBody.limitingCharge },
    estimate: {
      status: estimate.raw.status, eligible: estimateBody.eligible, allowed: estimateBody.payment.allowed,
      patientPays: estimateBody.payment.patientPays, medicarePays: estimateBody.payment.medicarePays,
      windowStart: estimateBody.frequency.windowStart.toISOString().substring(0, 10),
    },
    advantage: {
      status: advantage.raw.status, allowed: advantageBody.payment.allowed,
      patientOwes: advantageBody.payment.patientOwes, planPays: advantageBody.total?.planPays,
      kind: advantageBody.coverageKind, priorAuthorization: advantageBody.medicareAdvantage?.priorAuthorization,
    },
    session: { status: first.raw.status, created: firstBody.created, region: firstBody.region,
      lines: firstBody.lines.length },
    again: { status: again.raw.status, created: againBody.created },
  }));
}

main().catch(async (e: unknown) => {
  if (e instanceof ResponseError) {
    console.log(JSON.stringify({ error: e.response.status, body: await e.response.text() }));
  } else {
    console.log(JSON.stringify({ error: String(e) }));
  }
  process.exitCode = 1;
});
