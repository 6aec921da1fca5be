/**
 * Guards, message wording and the Immutables style shared by okr4j's modules. Not exported: nothing
 * here is API, and it may change in any release.
 */
package org.okr4j.core.internal;
