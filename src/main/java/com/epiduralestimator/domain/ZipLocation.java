package com.epiduralestimator.domain;

/**
 * Where CMS's ZIP5 file prices a ZIP code.
 *
 * @param splitByPlusFour the ZIP5 file's plus-four flag: CMS prices parts of this ZIP by ZIP+4, so the
 *                        ZIP5 locality may not be the patient's
 */
public record ZipLocation(ZipCode zip, LocalityId locality, boolean splitByPlusFour) {}
