import { APIResource } from '../../../internal/resource.js';
import type { Transport } from '../../../internal/transport.js';
import { AccountingBalance } from './balance.js';
import { AccountingBills } from './bills.js';
import { AccountingInvoices } from './invoices.js';
import { AccountingMetering } from './metering.js';
import { AccountingPrices } from './prices.js';
import { AccountingRecharges } from './recharges.js';
import { AccountingStatements } from './statements.js';
import { AccountingSubscriptions } from './subscriptions.js';

/**
 * Balances, bills, recharges, invoices, prices and subscriptions. Needs a hub with the billing
 * module (as hub.opencsg.com); elsewhere these routes answer 404 (`NotFoundError`), except
 * `metering`. Money is in cents (分) of CNY unless a method says yuan (元).
 */
export class Accounting extends APIResource {
  readonly balance: AccountingBalance;
  readonly bills: AccountingBills;
  readonly statements: AccountingStatements;
  readonly metering: AccountingMetering;
  readonly recharges: AccountingRecharges;
  readonly invoices: AccountingInvoices;
  readonly prices: AccountingPrices;
  readonly subscriptions: AccountingSubscriptions;

  constructor(transport: Transport) {
    super(transport);
    this.balance = new AccountingBalance(transport);
    this.bills = new AccountingBills(transport);
    this.statements = new AccountingStatements(transport);
    this.metering = new AccountingMetering(transport);
    this.recharges = new AccountingRecharges(transport);
    this.invoices = new AccountingInvoices(transport);
    this.prices = new AccountingPrices(transport);
    this.subscriptions = new AccountingSubscriptions(transport);
  }
}
