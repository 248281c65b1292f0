package com.epiduralestimator.adapter.http;

/** One problem with one field of a request; the message never quotes a patient identifier. */
public record FieldError(String field, String message) {}
