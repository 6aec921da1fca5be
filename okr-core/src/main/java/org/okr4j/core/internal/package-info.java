/**
 * Guards, message wording and the Immutables style shared by okr4j's modules, and what their
 * rules share within one check (title numbers, the set's columns). Exported to okr4j's own modules
 * only: nothing here is API, and it may change in any release.
 */
package org.okr4j.core.internal;
