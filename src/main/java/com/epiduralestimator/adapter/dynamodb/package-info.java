/**
 * The FeeSchedule, FacilitySchedule and SessionLedger ports on DynamoDB (low-level client, hand-written item mappers,
 * conditional writes, no transactions), and the writers behind the jar's commands: the A/B slot loads of fee and
 * facility years, the session migration and the tables for local use.
 */
package com.epiduralestimator.adapter.dynamodb;
