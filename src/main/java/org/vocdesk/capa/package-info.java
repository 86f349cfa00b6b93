/**
 * Investigation and corrective action (调查分析、纠正预防): the 8D report of a complaint with its root-cause
 * analysis as data (5-Why chains for occurrence and escape, a 5M1E fishbone drawn as SVG), cross-department
 * review meetings with countersignatures, sign-offs of the analysis and the measures as electronic signatures,
 * and the CAPA record with its actions, evidence and effectiveness verification. Step, action and
 * effectiveness deadlines are computed in working time and escalated by the escalation engine; a complaint
 * with an 8D report closes only once its CAPA was verified effective.
 */
package org.vocdesk.capa;
