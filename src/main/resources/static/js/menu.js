// The one part of Bootstrap Italia's JavaScript the pages use: the collapsible main menu on small screens.
// Its whole bundle (1 MB) also brings a video player that inserts <style> elements and loads YouTube's API
// at start, both refused by the content security policy; the plugin alone, as a module, does neither.
import '/webjars/bootstrap-italia/dist/plugins/navbar-collapsible.js';
