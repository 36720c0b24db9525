/**
 * What every module uses: Vietnamese text handling, the domain exceptions the API turns into
 * problem details, and the web conventions (locale, error handling).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.theodoi.shared;
