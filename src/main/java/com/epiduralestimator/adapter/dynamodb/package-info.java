/**
 * The fee schedule and session ledger ports on DynamoDB: low-level client, hand-written item mappers, the A/B slot
 * load.
 */
package com.epiduralestimator.adapter.dynamodb;
