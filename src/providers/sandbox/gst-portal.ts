/**
 * The sandbox GST common portal's public taxpayer APIs (reference nic-ewaybill-gst.md Part B),
 * answered from the shared taxpayer registry: the same rows the IRP and e-way bill rules read, so
 * a status changed through the admin API shows everywhere at once (issue 4, one source of truth).
 *
 * Unknown GSTIN or PAN: platform NOT_FOUND (404). The portal has no documented "no such GSTIN" code
 * for action=TP, and the PAN search exists only on the captcha-gated web portal (SWEB_9035, B4).
 */
import type { Clock } from '../../core/clock.ts';
import { fail } from '../../core/errors.ts';
import { formatIstDate } from '../../domain/dates.ts';
import { stateName } from '../../domain/states.ts';
import { type FilerProfile, type Filing, filingPreference, filingsForFy, syntheticFilings } from '../../domain/taxpayer/returns.ts';
import type { TaxpayerRepository } from '../../modules/taxpayer/taxpayer.repository.ts';
import type { TaxpayerAddress, TaxpayerFilingRow, TaxpayerRow } from '../../modules/taxpayer/taxpayer.tables.ts';
import type { PanRegistration, PortalPlace, TaxpayerProvider, TaxpayerSearchResult, TaxpayerStatus } from '../types.ts';

/** yyyy-mm-dd → dd/MM/yyyy (B1 `rgdt`, `cxdt`). */
const portalDate = (iso: string | null): string => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '');

/** yyyy-mm-dd → dd-MM-yyyy (B2 `dof`, with hyphens). */
const filingDate = (iso: string): string => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

/** B1 `addr` + `ntr` from a registry address; a missing address still names the GSTIN's state. */
function portalPlace(a: TaxpayerAddress | null | undefined, fallbackState: string, ntr: string): PortalPlace {
  return {
    addr: {
      bnm: a?.building ?? '',
      bno: a?.buildingNo ?? '',
      flno: a?.floor ?? '',
      st: a?.street ?? '',
      loc: a?.location ?? '',
      city: a?.city ?? '',
      dst: a?.district ?? '',
      stcd: stateName(a?.stateCode ?? fallbackState) ?? '',
      pncd: a?.pincode ? String(a.pincode) : '',
      lt: '',
      lg: '',
    },
    ntr,
  };
}

/** B1 search shape of a registry row. */
export function toSearchResult(row: TaxpayerRow): TaxpayerSearchResult {
  return {
    gstin: row.gstin,
    lgnm: row.legalName,
    tradeNam: row.tradeName ?? '',
    sts: row.sts,
    rgdt: portalDate(row.registrationDate),
    cxdt: portalDate(row.cancellationDate),
    lstupdt: formatIstDate(row.updatedAt),
    ctb: row.constitution ?? '',
    dty: row.taxpayerType,
    nba: row.natureOfBusiness,
    stj: row.stateJurisdiction ?? '',
    stjCd: row.stateJurisdictionCode ?? '',
    ctj: row.centreJurisdiction ?? '',
    ctjCd: row.centreJurisdictionCode ?? '',
    // `ntr` is comma-joined in real data (B1): the principal place carries the business's natures.
    pradr: portalPlace(row.address, row.stateCode, row.natureOfBusiness.join(', ')),
    adadr: row.additionalAddresses.map((a) => portalPlace(a, row.stateCode, a.nature ?? '')),
    einvoiceStatus: row.einvoiceEnabled ? 'Yes' : 'No',
  };
}

export function filerProfile(row: TaxpayerRow): FilerProfile {
  return {
    gstin: row.gstin,
    stateCode: row.stateCode,
    registrationDate: row.registrationDate,
    cancellationDate: row.cancellationDate,
    taxpayerType: row.taxpayerType,
    sts: row.sts,
    blocked: row.blocked,
    einvoiceEnabled: row.einvoiceEnabled,
  };
}

export function toFiling(row: TaxpayerFilingRow): Filing {
  return {
    valid: row.valid === 'N' ? 'N' : 'Y',
    mof: row.mof === 'OFFLINE' ? 'OFFLINE' : 'ONLINE',
    dof: filingDate(row.dof),
    rtntype: row.rtntype,
    ret_prd: row.retPrd,
    arn: row.arn,
    status: row.status,
  };
}

/**
 * Explicit filings (admin API) merged with the synthetic history: an explicit filing replaces the
 * synthetic one of the same return and period; several explicit ones of a period (original and
 * revision, B2) all stay.
 */
export function mergeFilings(explicit: Filing[], synthetic: Filing[]): Filing[] {
  const key = (f: Filing) => `${f.rtntype}|${f.ret_prd}`;
  const given = new Set(explicit.map(key));
  return [...synthetic.filter((f) => !given.has(key(f))), ...explicit];
}

export class SandboxGstPortal implements TaxpayerProvider {
  constructor(
    private readonly taxpayers: TaxpayerRepository,
    private readonly clock: Clock,
  ) {}

  private async row(gstin: string): Promise<TaxpayerRow> {
    const row = await this.taxpayers.findByGstin(gstin);
    if (!row) fail('NOT_FOUND', [`GSTIN ${gstin} is not registered`], 'gstin');
    return row;
  }

  async search(gstin: string): Promise<TaxpayerSearchResult> {
    return toSearchResult(await this.row(gstin));
  }

  async status(gstin: string): Promise<TaxpayerStatus> {
    const row = await this.row(gstin);
    return {
      gstin: row.gstin,
      sts: row.sts,
      einvoiceStatus: row.einvoiceEnabled ? 'Yes' : 'No',
      blocked: row.blocked,
      lastUpdated: row.updatedAt.toISOString(),
    };
  }

  async returns(gstin: string, fy: string): Promise<{ EFiledlist: Filing[] }> {
    const row = await this.row(gstin);
    const explicit = (await this.taxpayers.findFilings(row.gstin)).map(toFiling);
    const synthetic = row.syntheticFilings ? syntheticFilings(filerProfile(row), this.clock.now()) : [];
    // B2: the fy filter follows the date of filing (UNCONFIRMED; the domain rule documents it).
    return { EFiledlist: filingsForFy(mergeFilings(explicit, synthetic), fy) };
  }

  async preference(gstin: string, fy: string) {
    const row = await this.row(gstin);
    return { response: filingPreference(filerProfile(row), fy) };
  }

  async gstinsOfPan(pan: string): Promise<PanRegistration[]> {
    const rows = await this.taxpayers.findByPan(pan);
    if (rows.length === 0) fail('NOT_FOUND', [`No GSTIN is registered for PAN ${pan}`], 'pan');
    return rows;
  }
}
