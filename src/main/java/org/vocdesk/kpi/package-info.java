/**
 * Measurement and analysis (数据分析): the complaint KPIs of the seeds counted by SQL aggregates over the
 * timestamps stored on complaints, the managers' dashboard with click-through to the ledger, the monthly
 * analysis and the improvement plans (改进策略执行表) with their effectiveness review against a KPI.
 * <p>Two KPIs are not counted over complaints: the CAPA effectiveness rate (first effectiveness checks made in the
 * period; narrowed by the complaint's department, customer and category) and the satisfaction score (the latest
 * survey campaign overlapping the period, with the average score of every such campaign; narrowed by customer only).
 * Targets: {@code vocdesk.kpi.target.<KPI>} (defaults: CAPA_EFFECTIVENESS_RATE 90 %, SATISFACTION_SCORE 90 points).
 */
package org.vocdesk.kpi;
