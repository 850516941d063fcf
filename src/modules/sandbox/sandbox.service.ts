/**
 * Sandbox control (api.md §7): the emulated GST registry's taxpayers, API users, NIC wire-protocol
 * clients and the government clock. Only with GSTGATE_PROVIDER=sandbox.
 */
import { createHash } from 'node:crypto';
import type { SandboxClock } from '../../core/clock.ts';
import { hashPassword, randomToken } from '../../core/crypto/secrets.ts';
import { fail, GstError, type Problem, problem } from '../../core/errors.ts';
import { formatIstDate, parseNicDate } from '../../domain/dates.ts';
import { generateGstin, isGstinFormat, isValidPan, parseGstin } from '../../domain/gstin.ts';
import { pinBelongsToState } from '../../domain/pincode.ts';
import { isIndianStateCode, normalizeStateCode, stateName } from '../../domain/states.ts';
import { type Filing, formatArn } from '../../domain/taxpayer/returns.ts';
import { toFiling } from '../../providers/sandbox/gst-portal.ts';
import type { AuthService } from '../auth/auth.service.ts';
import type { TaxpayerRepository } from '../taxpayer/taxpayer.repository.ts';
import type { NewTaxpayerFilingRow, NewTaxpayerRow, TaxpayerRow } from '../taxpayer/taxpayer.tables.ts';
import type { SandboxRepository } from './sandbox.repository.ts';
import type { CreateTaxpayerInput, FilingInputType } from './sandbox.schemas.ts';

/**
 * Return types the portal tracks (reference B2: GSTR1 and GSTR3B seen; the others' spellings
 * UNCONFIRMED, written as the portal names the forms without the hyphen).
 */
export const RETURN_TYPES = [
  'GSTR1',
  'GSTR1A',
  'GSTR3B',
  'GSTR4',
  'CMP08',
  'GSTR5',
  'GSTR5A',
  'GSTR6',
  'GSTR7',
  'GSTR8',
  'GSTR9',
  'GSTR9A',
  'GSTR9C',
  'GSTR10',
  'GSTR11',
  'ITC04',
] as const;

const CLOCK_KEY = 'clock_offset_ms';

export class SandboxService {
  constructor(
    private readonly repo: SandboxRepository,
    private readonly taxpayers: TaxpayerRepository,
    private readonly auth: AuthService,
    private readonly clock: SandboxClock,
  ) {}

  async createTaxpayer(input: CreateTaxpayerInput): Promise<TaxpayerRow> {
    const row = this.toRow(input);
    if (!(await this.taxpayers.insert(row))) fail('CONFLICT', [`Taxpayer ${row.gstin} already exists`]);
    const stored = await this.taxpayers.findByGstin(row.gstin);
    if (!stored) fail('INTERNAL');
    return stored;
  }

  /** Adds the taxpayers not in the registry yet; safe when several instances seed at once. */
  async ensureTaxpayers(inputs: CreateTaxpayerInput[]): Promise<number> {
    return this.taxpayers.insertMany(inputs.map((input) => this.toRow(input)));
  }

  /** Validates the input and builds the registry row; every failure at once. */
  toRow(input: CreateTaxpayerInput, rng?: () => number): NewTaxpayerRow {
    const problems = [];
    let gstin = input.gstin?.toUpperCase();
    let stateCode = input.stateCode ? normalizeStateCode(input.stateCode) : undefined;
    if (stateCode && !isIndianStateCode(stateCode))
      problems.push(problem('VALIDATION_FAILED', [`Unknown state code ${stateCode}`], 'stateCode'));
    // Lower case is accepted and upper-cased, as on the taxpayer routes.
    const pan = input.pan?.trim().toUpperCase();
    if (pan !== undefined && !isValidPan(pan)) problems.push(problem('INVALID_PAN', [pan], 'pan'));
    if (gstin) {
      // NIC's own sandbox GSTINs fail the check digit (some even the format, e.g. 37ARZPT4384Q1MT);
      // they are accepted, as on NIC's sandbox, only as declared test identities with the loose
      // schema pattern (reference B5.3).
      if (input.testIdentity) {
        if (!isGstinFormat(gstin)) problems.push(problem('INVALID_GSTIN_FORMAT', [gstin], 'gstin'));
      } else {
        problems.push(...parseGstin(gstin).problems.map((p) => ({ ...p, field: 'gstin' })));
      }
      if (stateCode && stateCode !== gstin.slice(0, 2)) {
        problems.push(problem('VALIDATION_FAILED', [`GSTIN ${gstin} is not of state ${stateCode}`], 'stateCode'));
      }
      stateCode = gstin.slice(0, 2);
    } else if (!stateCode) {
      problems.push(problem('VALIDATION_FAILED', ['Give a gstin, or a stateCode to generate one for'], 'stateCode'));
    } else if (problems.length === 0) {
      const kind = input.dty === 'Tax Collector (Electronic Commerce Operator)' ? 'tcs' : input.dty === 'Tax Deductor' ? 'tds' : 'regular';
      gstin = generateGstin({ stateCode, pan, kind }, rng);
    }
    const addressState = input.address ? normalizeStateCode(input.address.stateCode) : undefined;
    if (input.address && addressState && !pinBelongsToState(input.address.pincode, addressState)) {
      problems.push(problem('2178', [stateName(addressState) ?? addressState], 'address.pincode'));
    }
    if (input.sts === 'Cancelled' && !input.cxdt) {
      problems.push(problem('VALIDATION_FAILED', ['A cancelled taxpayer needs its cancellation date cxdt'], 'cxdt'));
    }
    // Real calendar dates only (31/02/2024 is a 400, not a database error), cancellation not before registration.
    const rgdt = isoDate(input.rgdt);
    const cxdt = input.cxdt === undefined ? undefined : isoDate(input.cxdt);
    if (!rgdt) problems.push(problem('VALIDATION_FAILED', [`rgdt ${input.rgdt} is not a calendar date`], 'rgdt'));
    if (cxdt === null) problems.push(problem('VALIDATION_FAILED', [`cxdt ${input.cxdt} is not a calendar date`], 'cxdt'));
    if (rgdt && cxdt && cxdt < rgdt) {
      problems.push(problem('VALIDATION_FAILED', [`cxdt ${input.cxdt} is before the registration date ${input.rgdt}`], 'cxdt'));
    }
    if (problems.length > 0 || !gstin || !stateCode || !rgdt)
      throw new GstError(problems.length ? problems : [problem('VALIDATION_FAILED', ['Invalid taxpayer'])]);
    const einvoice = input.einvoiceStatus === undefined ? true : input.einvoiceStatus === true || input.einvoiceStatus === 'Yes';
    return {
      gstin,
      stateCode,
      pan: gstin.slice(2, 12),
      legalName: input.legalName,
      tradeName: input.tradeName ?? null,
      sts: input.sts,
      registrationDate: rgdt,
      cancellationDate: cxdt ?? null,
      constitution: input.ctb ?? null,
      taxpayerType: input.dty,
      address: input.address ? { ...input.address, stateCode: normalizeStateCode(input.address.stateCode) } : null,
      natureOfBusiness: input.nba ?? [],
      einvoiceEnabled: einvoice,
      blocked: input.blocked ?? false,
      reportingLimitDays: input.reportingLimitDays ?? null,
      testIdentity: input.testIdentity ?? false,
      syntheticFilings: input.syntheticFilings ?? false,
      stateJurisdiction: input.stj ?? null,
      stateJurisdictionCode: input.stjCd ?? null,
      centreJurisdiction: input.ctj ?? null,
      centreJurisdictionCode: input.ctjCd ?? null,
    };
  }

  /**
   * api.md §7: adds return filings (RETTRACK `EFiledlist` elements, reference B2) for a registry
   * taxpayer; every invalid field at once (400); an ARN the taxpayer already has for that return and
   * period is 409. Without `arn` one is made in the official format from the state and filing date,
   * with a serial derived from the filing, so sending the same filing twice is a conflict too.
   */
  async addFilings(gstinInput: string, inputs: FilingInputType[]): Promise<{ gstin: string; filings: Filing[] }> {
    const gstin = gstinInput.trim().toUpperCase();
    const taxpayer = await this.taxpayers.findByGstin(gstin);
    if (!taxpayer) {
      const structure = parseGstin(gstin).problems;
      if (structure.length > 0) throw new GstError(structure.map((p) => ({ ...p, field: 'gstin' })));
      fail('NOT_FOUND', [`Taxpayer ${gstin} is not in the sandbox registry`], 'gstin');
    }
    const today = isoOfNicDate(formatIstDate(this.clock.now())) ?? '';
    const problems: Problem[] = [];
    const rows: NewTaxpayerFilingRow[] = [];
    inputs.forEach((input, i) => {
      const at = (name: string) => `filings[${i}].${name}`;
      const bad = (name: string, message: string) => problems.push(problem('VALIDATION_FAILED', [message], at(name)));
      const rtntype = input.rtntype.replace(/[\s-]/g, '').toUpperCase();
      if (!(RETURN_TYPES as readonly string[]).includes(rtntype))
        bad('rtntype', `Unknown return type ${input.rtntype}; use one of ${RETURN_TYPES.join(', ')}`);
      const period = /^(0[1-9]|1[0-2])(\d{4})$/.exec(input.ret_prd);
      // GST began in July 2017.
      const periodStart = period ? `${period[2]}-${period[1]}-01` : undefined;
      if (!periodStart || periodStart < '2017-07-01') bad('ret_prd', `ret_prd ${input.ret_prd} must be a tax period MMYYYY from 072017`);
      const dof = isoOfNicDate(input.dof.replace(/-/g, '/'));
      if (!dof) bad('dof', `dof ${input.dof} must be a date dd-MM-yyyy or dd/MM/yyyy`);
      else if (dof > today) bad('dof', `dof ${input.dof} is in the future (government clock: ${today})`);
      else if (periodStart && dof < periodStart) bad('dof', `dof ${input.dof} is before the tax period ${input.ret_prd} began`);
      const arn = input.arn?.trim().toUpperCase();
      if (arn !== undefined && !/^[A-Z0-9]{1,25}$/.test(arn)) bad('arn', 'arn must be 1 to 25 letters and digits');
      if (!dof || !periodStart) return;
      rows.push({
        gstin,
        rtntype,
        retPrd: input.ret_prd,
        dof,
        arn: arn ?? generatedArn(taxpayer.stateCode, gstin, rtntype, input.ret_prd, dof),
        status: input.status ?? 'Filed',
        mof: input.mof ?? 'ONLINE',
        valid: input.valid ?? 'Y',
      });
    });
    if (problems.length > 0) throw new GstError(problems);

    const keyOf = (r: { rtntype: string; retPrd: string; arn: string }) => `${r.rtntype}|${r.retPrd}|${r.arn}`;
    const existing = new Set((await this.taxpayers.findFilingKeys(gstin, [...new Set(rows.map((r) => r.arn))])).map(keyOf));
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      const key = keyOf(row);
      if (existing.has(key) || seen.has(key)) {
        problems.push(
          problem('CONFLICT', [`Filing ${row.rtntype} ${row.retPrd} with ARN ${row.arn} already exists for ${gstin}`], `filings[${i}].arn`),
        );
      }
      seen.add(key);
    });
    if (problems.length > 0) throw new GstError(problems);
    await this.taxpayers.insertFilings(rows);
    return {
      gstin,
      filings: rows.map((r) =>
        toFiling({ ...r, status: r.status ?? 'Filed', mof: r.mof ?? 'ONLINE', valid: r.valid ?? 'Y', createdAt: new Date() }),
      ),
    };
  }

  async createUser(gstin: string, username: string, password: string) {
    if (!(await this.taxpayers.findByGstin(gstin.toUpperCase()))) fail('NOT_FOUND', [`Taxpayer ${gstin} is not in the sandbox registry`]);
    return this.auth.createUser(gstin, username, password);
  }

  async createClient(): Promise<{ clientId: string; clientSecret: string }> {
    const clientId = `GSTGATE${randomToken(9)
      .replace(/[^A-Za-z0-9]/g, 'X')
      .toUpperCase()}`;
    const clientSecret = randomToken(24);
    await this.repo.insertClient(clientId, await hashPassword(clientSecret));
    return { clientId, clientSecret };
  }

  /** Loads the persisted clock offset (so a restart keeps the sandbox's time). */
  async loadClock(): Promise<void> {
    const offset = await this.repo.getState<number>(CLOCK_KEY);
    if (typeof offset === 'number') this.clock.setOffset(offset);
  }

  clockView() {
    return { now: this.clock.now().toISOString(), offsetSeconds: Math.round(this.clock.offset / 1000) };
  }

  async setClock(body: { now: string } | { advanceSeconds: number }) {
    if ('now' in body) this.clock.set(new Date(body.now));
    else this.clock.advance(body.advanceSeconds);
    await this.repo.setState(CLOCK_KEY, this.clock.offset);
    return this.clockView();
  }

  async resetClock() {
    this.clock.reset();
    await this.repo.setState(CLOCK_KEY, 0);
    return this.clockView();
  }
}

/** A real calendar date dd/mm/yyyy → yyyy-mm-dd; undefined otherwise. */
function isoOfNicDate(s: string): string | undefined {
  const p = parseNicDate(s);
  return p ? `${String(p.y).padStart(4, '0')}-${String(p.m).padStart(2, '0')}-${String(p.d).padStart(2, '0')}` : undefined;
}

/** An ARN in the official format (domain formatArn) whose serial is derived from the filing itself. */
function generatedArn(stateCode: string, gstin: string, rtntype: string, retPrd: string, dof: string): string {
  const digest = createHash('sha256').update(`${gstin}|${rtntype}|${retPrd}|${dof}`).digest();
  // Noon IST of the filing day, so the month and year are the filing day's in any time zone view.
  const filedOn = new Date(`${dof}T12:00:00+05:30`);
  return formatArn(stateCode, filedOn, digest.readUInt32BE(0) % 1_000_000);
}

/** dd/mm/yyyy or yyyy-mm-dd → yyyy-mm-dd; null when it is not a calendar date. */
function isoDate(s: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return isoOfNicDate(iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : s) ?? null;
}

/** The sandbox's view of a registry row (dates as the portal writes them, dd/mm/yyyy). */
export function taxpayerView(row: TaxpayerRow) {
  const ddmmyyyy = (d: string | null) => (d ? `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}` : null);
  return {
    gstin: row.gstin,
    stateCode: row.stateCode,
    pan: row.pan,
    legalName: row.legalName,
    tradeName: row.tradeName,
    sts: row.sts,
    rgdt: ddmmyyyy(row.registrationDate) ?? '',
    cxdt: ddmmyyyy(row.cancellationDate),
    ctb: row.constitution,
    dty: row.taxpayerType,
    address: row.address,
    einvoiceStatus: row.einvoiceEnabled ? ('Yes' as const) : ('No' as const),
    blocked: row.blocked,
    reportingLimitDays: row.reportingLimitDays,
    testIdentity: row.testIdentity,
  };
}
