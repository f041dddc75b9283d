/**
 * The site around the features: page layout data, language choice, the home
 * page, the back-office start page and the error pages. It reads the features'
 * public APIs and nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.percorsi.web;
