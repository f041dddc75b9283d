/**
 * The municipality running the platform: its name, logo, contact office and
 * default language; its two-level thematic classification (axes of intervention
 * and their themes); its territory as scopes of any depth (city, district,
 * neighbourhood). Processes and later features refer to themes and scopes by id.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package org.percorsi.organisation;
