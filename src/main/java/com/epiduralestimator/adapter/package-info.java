/**
 * The adapters that connect the application's ports to the outside world: DynamoDB, memory and HTTP.
 */
package com.epiduralestimator.adapter;
