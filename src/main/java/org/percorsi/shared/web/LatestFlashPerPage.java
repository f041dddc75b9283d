package org.percorsi.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * The one-line messages shown after a redirect live in the session until the page
 * they are for is shown. When the same page gets several before it is shown (a
 * double click, a client that does not follow redirects), only the latest is kept,
 * so the session does not grow with each request and stays cheap to read and write.
 */
public class LatestFlashPerPage extends SessionFlashMapManager {

    @Override
    protected void updateFlashMaps(List<FlashMap> flashMaps, HttpServletRequest request, HttpServletResponse response) {
        Map<String, FlashMap> latest = new LinkedHashMap<>();
        for (FlashMap flashMap : flashMaps) {
            String page = flashMap.getTargetRequestPath() + "?" + flashMap.getTargetRequestParams();
            latest.remove(page);
            latest.put(page, flashMap);
        }
        super.updateFlashMaps(new ArrayList<>(latest.values()), request, response);
    }
}
