/**
 * How the IRP sees a registry taxpayer: status and type codes of its GSTIN master
 * (reference nic-einvoice.md §4.8, §10.1) derived from the common-portal values (reference B1).
 */
import type { IrpGstinStatus, IrpTaxpayerType, RegistryEntry } from '../../domain/invoice/rules.ts';
import type { RegistryFields } from './taxpayer.repository.ts';
import type { TaxpayerRow } from './taxpayer.tables.ts';

/** Portal `sts` values (reference B1). */
export const PORTAL_STATUSES = ['Active', 'Cancelled', 'Suspended', 'Inactive', 'Provisional'] as const;
export type PortalStatus = (typeof PORTAL_STATUSES)[number];

/**
 * IRP status: ACT, CNL, INA, PRO. A suspended registration may not issue tax invoices (CGST Rule
 * 21A(3)); the IRP master has no "suspended" code, so we show it as INA (our choice, documented).
 */
export function irpStatusOf(sts: string): IrpGstinStatus {
  switch (sts) {
    case 'Active':
      return 'ACT';
    case 'Cancelled':
      return 'CNL';
    case 'Provisional':
      return 'PRO';
    default:
      return 'INA';
  }
}

/** Portal taxpayer types (`dty`, reference B1) → IRP TxpType (enum UNCONFIRMED, reference §4.8). */
const TXP_TYPES: Record<string, IrpTaxpayerType> = {
  Regular: 'REG',
  Composition: 'COM',
  'SEZ Unit': 'SEZ',
  'SEZ Developer': 'SEZ',
  'Tax Collector (Electronic Commerce Operator)': 'TCS',
  'Tax Deductor': 'TDS',
  'United Nation Body': 'UIN',
  'Consulate or Embassy of Foreign Country': 'UIN',
  'Non Resident Taxable Person': 'NRT',
  'Non Resident Online Services Provider': 'OID',
  'Input Service Distributor (ISD)': 'ISD',
  'Casual Taxable Person': 'CAS',
  'Government Department ID': 'GOV',
};

export const PORTAL_TAXPAYER_TYPES = Object.keys(TXP_TYPES);

export function irpTaxpayerTypeOf(dty: string): IrpTaxpayerType {
  return TXP_TYPES[dty] ?? 'REG';
}

export function toRegistryEntry(row: RegistryFields): RegistryEntry {
  return {
    gstin: row.gstin,
    status: irpStatusOf(row.sts),
    taxpayerType: irpTaxpayerTypeOf(row.taxpayerType),
    registrationDate: row.registrationDate,
    cancellationDate: row.cancellationDate,
    blocked: row.blocked,
    reportingLimitDays: row.reportingLimitDays,
  };
}

/** The IRP GSTIN master shape (api.md §4, reference §4.8). */
export interface IrpGstinMaster {
  Gstin: string;
  TradeName: string | null;
  LegalName: string;
  AddrBnm: string | null;
  AddrBno: string | null;
  AddrFlno: string | null;
  AddrSt: string | null;
  AddrLoc: string | null;
  StateCode: number;
  AddrPncd: number | null;
  TxpType: IrpTaxpayerType;
  Status: IrpGstinStatus;
  BlkStatus: 'B' | 'U';
  DtReg: string;
  DtDReg: string | null;
}

export function toIrpGstinMaster(row: TaxpayerRow): IrpGstinMaster {
  const a = row.address;
  return {
    Gstin: row.gstin,
    TradeName: row.tradeName,
    LegalName: row.legalName,
    AddrBnm: a?.building ?? null,
    AddrBno: a?.buildingNo ?? null,
    AddrFlno: a?.floor ?? null,
    AddrSt: a?.street ?? null,
    AddrLoc: a?.location ?? null,
    StateCode: Number(row.stateCode),
    AddrPncd: a?.pincode ? Number(a.pincode) : null,
    TxpType: irpTaxpayerTypeOf(row.taxpayerType),
    Status: irpStatusOf(row.sts),
    BlkStatus: row.blocked ? 'B' : 'U',
    DtReg: row.registrationDate,
    DtDReg: row.cancellationDate,
  };
}
